//@ run-pass
//@ spec: 20.17a
// A `&mut` place where a reference is expected (a `let` with a type, a struct field, an
// array or tuple element) is reborrowed, not moved: it is usable again after the borrow;
// where a generic `T` is expected (`W { x: n }`, `Some(w.x)`) it is moved.
struct SM<'a> { r: &'a mut i32 }
struct W<T> { x: T }
fn main() {
    let mut a = 1;
    let m = &mut a;
    let y: &mut i32 = m;
    *y += 1;
    *m += 1;
    let s = SM { r: m };
    *s.r += 1;
    *m += 1;
    let arr: [&mut i32; 1] = [m];
    *arr[0] += 1;
    *m += 1;
    let t: (&mut i32, i32) = (m, 1);
    *t.0 += 1;
    *m += 1;
    println!("{}", a);
    let mut b = 1;
    let n = &mut b;
    let w = W { x: n };
    *w.x += 1;
    let o = Some(w.x);
    println!("{:?}", o);
}
