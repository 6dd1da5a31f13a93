//@ compile-fail
//@ spec: 20.12
// A tuple of `&'a` references built from an unannotated parameter.
fn pair<'a>(x: &'a i32, y: &i32) -> (&'a i32, &'a i32) {
    (x, y) //~ ERROR E0621
}
fn main() {
    let (a, b) = pair(&1, &2);
    println!("{} {}", a, b);
}
