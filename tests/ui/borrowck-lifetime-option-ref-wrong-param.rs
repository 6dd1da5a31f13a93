//@ compile-fail
//@ spec: 20.12
// An `Option<&'a>` built from the `'b` parameter.
fn first<'a, 'b>(x: &'a [i32], y: &'b [i32]) -> Option<&'a i32> {
    if x.is_empty() { y.first() } else { x.first() } //~ ERROR lifetime may not live long enough
}
fn main() {
    println!("{:?}", first(&[], &[1]));
}
