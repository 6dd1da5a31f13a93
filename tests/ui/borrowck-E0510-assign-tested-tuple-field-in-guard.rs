//@ compile-fail
//@ spec: 20.15
// Assigning `p.0`, which the first arm tests, in its guard.
fn main() {
    let mut p = (Some(1), 2);
    match p {
        (Some(_), _) if { p.0 = None; false } => println!("a"), //~ ERROR E0510
        _ => println!("b"),
    }
}
