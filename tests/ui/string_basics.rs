//@ spec: 18.1, 18.2, 18.3
// String: built, grown, compared, concatenated, printed; format! and to_string.
#[derive(Debug)]
struct Temp(f64);

impl std::fmt::Display for Temp {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "{:.1}°", self.0)
    }
}

fn shout(s: &str) -> String {
    let mut out = s.to_uppercase();
    out.push('!');
    out
}

fn main() {
    let mut s = String::new();
    println!("empty {} {}", s.is_empty(), s.len());
    s.push_str("grüße");
    s.push(' ');
    s.push('☃');
    println!("{} len {} {:?}", s, s.len(), s);
    let popped = s.pop();
    println!("{:?} {}", popped, s);
    let greeting = String::from("hello") + ", " + "world";
    println!("{}", greeting);
    let mut log = String::from("a");
    log += "b";
    log += &greeting[..2];
    println!("{} {}", log, log == "abhe");
    let label = format!("{}-{:03}-{:>6}|{:?}", "id", 7, Temp(21.25), Temp(-1.0));
    println!("{} ({} bytes)", label, label.len());
    let n = 42.to_string() + &3.5.to_string() + &'c'.to_string() + &true.to_string();
    println!("{}", n);
    println!("{} {}", Temp(3.14159).to_string(), shout("hey"));
    let copy = greeting.clone();
    println!("{} {}", copy == greeting, copy.as_str().len());
    let owned: String = "plain".to_owned();
    println!("[{:>8}] [{:<8}] [{:^9}]", owned, owned, owned);
    let c = String::from('x');
    println!("{}", c);
}
