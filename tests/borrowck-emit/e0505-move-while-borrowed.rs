//@ compile-fail
//@ spec: 21.7
// E0505: `s` is moved while a loan of it is live.
fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let s = String::from("hi");
    let r = &s;
    let n = consume(s); //~ ERROR E0505
    println!("{} {}", r, n);
}
