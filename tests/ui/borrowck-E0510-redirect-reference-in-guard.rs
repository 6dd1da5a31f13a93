//@ compile-fail
//@ spec: 20.15
// Assigning the reference `r` in a guard of `match *r`: its deref prefix is fake borrowed.
fn main() {
    let a = Some(1);
    let b = Some(2);
    let mut r = &a;
    match *r {
        Some(_) if { r = &b; false } => println!("a"), //~ ERROR E0510
        _ => println!("b {:?}", r),
    }
}
