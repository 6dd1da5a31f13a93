//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// Moving a value whose borrow is used afterwards: E0505 under every rule.
fn main() {
    let s = String::from("x");
    let r = &s;
    let t = s; //~ ERROR E0505
    println!("{} {}", r, t);
}
