//@ run-pass
//@ spec: 20.13
// A `move` closure owns what it captures: returning it (bound first or directly) is fine.
fn triple(n: i32) -> impl Fn() -> i32 {
    let f = move || n * 3;
    f
}
fn offset(k: i32) -> impl Fn(i32) -> i32 {
    move |x| x + k
}
fn main() {
    println!("{} {}", triple(2)(), offset(10)(5));
}
