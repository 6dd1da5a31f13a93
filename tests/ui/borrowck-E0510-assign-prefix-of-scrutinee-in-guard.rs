//@ compile-fail
//@ spec: 20.15
// Assigning the whole tuple in a guard of a match on one of its fields.
fn main() {
    let mut v = (1, Some(2));
    match v.1 {
        Some(_) if { v = (0, None); false } => println!("never"), //~ ERROR E0510
        Some(n) => println!("{}", n),
        None => println!("none"),
    }
    println!("{}", v.0);
}
