//@ run-pass
//@ spec: 20.4
// Naive checker: treats `&mut *r` as a second mutable borrow conflicting with r.
fn bump(x: &mut i32) { *x += 1; }
fn main() {
    let mut n = 0;
    let r = &mut n;
    let r2 = &mut *r;
    *r2 += 10;
    bump(&mut *r);
    bump(r);
    *r += 100;
    println!("n = {}", n);
}
