//@ compile-fail
//@ spec: 20.9
// Moving a value while a reference to it is still to be used.
fn main() {
    let s = String::from("hi");
    let r = &s;
    let t = s; //~ ERROR E0505
    println!("{} {}", r, t);
}
