//@ compile-fail
//@ spec: 20.15
// A plain binding `t` of the whole scrutinee is a reference in its guard.
fn main() {
    let mut x = 3;
    match x {
        t if { x = 4; t > 0 } => println!("{}", t), //~ ERROR E0506
        _ => println!("x"),
    }
}
