//@ compile-fail
//@ spec: 20.10
// A comparison reads the place; its `&mut` is used afterwards.
fn main() {
    let mut n = 3;
    let m = &mut n;
    if n > 2 { //~ ERROR E0503
        *m = 0;
    }
    println!("{}", n);
}
