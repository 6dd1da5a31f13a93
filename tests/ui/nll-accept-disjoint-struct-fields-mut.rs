//@ run-pass
//@ spec: 20.2
// Naive checker: treats `&mut s.x` as a borrow of all of s, rejecting `&mut s.y`.
struct Pt { x: i32, y: i32 }
fn main() {
    let mut s = Pt { x: 1, y: 2 };
    let a = &mut s.x;
    let b = &mut s.y;
    *a += 10;
    *b += 20;
    std::mem::swap(a, b);
    println!("x = {}, y = {}", s.x, s.y);
}
