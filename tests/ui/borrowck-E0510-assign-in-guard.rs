//@ compile-fail
//@ spec: 20.15
// Assigning the scrutinee inside a match guard.
fn main() {
    let mut x = Some(1);
    match x {
        None => println!("none"),
        Some(_) if { x = None; false } => println!("never"), //~ ERROR E0510
        Some(n) => println!("{}", n),
    }
}
