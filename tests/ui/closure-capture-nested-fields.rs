//@ run-pass
//@ spec: 20.13
// A capture of a nested field `w.inner.x` leaves `w.inner.y` and `w.tag` free; a read of
// `w.inner` in the same closure captures the whole `w.inner` instead (the ancestor).
#[derive(Debug)]
struct Inner {
    x: i32,
    y: i32,
}
#[derive(Debug)]
struct Wrap {
    inner: Inner,
    tag: String,
}
fn main() {
    let mut w = Wrap { inner: Inner { x: 1, y: 2 }, tag: String::from("t") };
    let mut bump = || w.inner.x += 100;
    w.inner.y += 1;
    w.tag.push('x');
    bump();
    let peek = || {
        let a = w.inner.x;
        println!("{:?} {}", w.inner, a);
    };
    w.tag.push('y');
    peek();
    println!("{:?}", w);
}
