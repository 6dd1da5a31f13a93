//@ compile-fail
//@ spec: 20.15
// Testing an integer against a literal pattern reads it: E0503 while it is mutably borrowed.
fn main() {
    let mut x = 5;
    let m = &mut x;
    match x { //~ ERROR E0503
        1 => println!("one"),
        _ => println!("other"),
    }
    *m = 2;
}
