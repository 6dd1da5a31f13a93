//@ spec: 18.2, 18.3, 12.4
// The ways of joining text: `+` consumes its left String (so a chain reuses one
// buffer), `+=` appends in place, format! leaves every input usable; clones stay apart.
fn greet(name: &str) -> String {
    let mut s = String::from("Hello");
    s += ", ";
    s += name;
    s.push('!');
    s
}

fn main() {
    let first = String::from("Ada");
    let last = String::from("Lovelace");
    let full = first + " " + &last;
    println!("{} ({} bytes)", full, full.len());
    println!("last still usable: {}", last);

    let a = String::from("tic");
    let b = String::from("tac");
    let c = String::from("toe");
    let joined = format!("{}-{}-{}", a, b, c);
    println!("{} from {} {} {}", joined, a, b, c);
    let chained = a.clone() + "-" + &b + "-" + &c;
    println!("{} equal: {}", chained, chained == joined);

    let mut copy = joined.clone();
    copy.push_str("!!");
    copy.truncate(7);
    println!("{:?} vs {:?}", copy, joined);

    let mut line = String::new();
    for i in 1..=5usize {
        if !line.is_empty() {
            line += ", ";
        }
        line += &i.to_string();
        line += &"*".repeat(i);
    }
    println!("{}", line);
    println!("{}", greet(&last));
    println!("{}", greet("wörld") + " " + &greet(""));
    let mut s = String::from("abc");
    let popped = s.pop();
    s.clear();
    println!("{:?} {:?} {} {}", popped, s, s.is_empty(), s.len());
}
