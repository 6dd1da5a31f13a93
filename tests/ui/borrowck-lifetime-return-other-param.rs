//@ compile-fail
//@ spec: 20.12
// Returning a `&'b` where `&'a` is promised, without `'b: 'a`.
fn pick<'a, 'b>(x: &'a i32, y: &'b i32) -> &'a i32 {
    if *x > *y { x } else { y } //~ ERROR lifetime may not live long enough
}
fn main() {
    println!("{}", pick(&1, &2));
}
