//@ compile-fail
//@ spec: 20.12
// Returning the parameter whose type has no lifetime where `&'a` is promised.
fn pick<'a>(x: &'a i32, y: &i32) -> &'a i32 {
    if *x > *y { x } else { y } //~ ERROR E0621
}
fn main() {
    println!("{}", pick(&1, &2));
}
