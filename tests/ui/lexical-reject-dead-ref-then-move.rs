//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// Moving `s` while a dead `&s` is still in scope: E0505.
fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let s = String::from("hello");
    let r = &s;
    println!("{}", r);
    let n = consume(s); //~ ERROR E0505
    println!("{}", n);
}
