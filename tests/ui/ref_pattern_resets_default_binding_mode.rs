//@ run-pass
//@ spec: 4.5
// A `&a` pattern inside a pattern matched through a reference (default binding mode `ref`)
// matches the reference itself and binds a by value, as in edition 2021.
fn main() {
    let names = ["ann", "bo"];
    let ages = [31, 22];
    let p: Vec<(&&str, &i32)> = names.iter().zip(ages.iter()).collect();
    let older: Vec<&&str> = p.iter().filter(|(_, &a)| a > 25).map(|(n, _)| *n).collect();
    println!("{:?}", older);
    let total: i32 = p.iter().map(|&(_, &a)| a).sum();
    println!("{}", total);
    let pairs = vec![(1, &'x'), (2, &'y')];
    for (n, &c) in &pairs { println!("{} {}", n + 1, c as u32); }
    if let Some((_, &c)) = pairs.first() { println!("{}", c); }
    match &pairs[1] { (k, &ch) if ch == 'y' => println!("{} {}", k, ch), _ => println!("no") }
}
