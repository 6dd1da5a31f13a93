//@ compile-fail
//@ spec: 21.7
// E0499: two mutable loans of `s` live at once.
fn main() {
    let mut s = String::from("a");
    let a = &mut s;
    let b = &mut s; //~ ERROR E0499
    a.push('x');
    b.push('y');
}
