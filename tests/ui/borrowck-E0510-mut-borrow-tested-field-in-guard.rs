//@ compile-fail
//@ spec: 20.15
// A `&mut` of the tested field `p.0` inside a guard.
fn main() {
    let mut p = (Some(1), 2);
    match p.0 {
        Some(_) if { let r = &mut p.0; r.is_some() } => println!("a"), //~ ERROR E0510
        _ => println!("b"),
    }
}
