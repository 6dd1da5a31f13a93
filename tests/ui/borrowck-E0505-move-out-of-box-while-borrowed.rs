//@ compile-fail
//@ spec: 20.9
// Moving `*b` out while `r` still borrows the box's contents.
fn main() {
    let b = Box::new(String::from("x"));
    let r = &*b;
    let s = *b; //~ ERROR E0505
    println!("{} {}", r, s);
}
