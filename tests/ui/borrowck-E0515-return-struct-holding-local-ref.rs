//@ compile-fail
//@ spec: 20.12
// Returning a struct whose reference field points to a local.
struct View<'a> { data: &'a [i32] }
fn make<'a>() -> View<'a> {
    let v = vec![1, 2];
    View { data: &v } //~ ERROR E0515
}
fn main() {
    println!("{:?}", make().data);
}
