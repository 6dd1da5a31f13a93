//@ compile-fail
//@ spec: 20.15
// The guard binds `t` by reference into `x`: assigning `x` in the guard is E0506.
fn main() {
    let mut x = Some(3);
    match x {
        Some(t) if { x = None; t > 0 } => println!("{}", t), //~ ERROR E0506
        _ => println!("none"),
    }
}
