//@ run-pass
//@ spec: 20.13
// Naive checker: treats a closure using s.x as capturing all of s (edition 2021 captures the
// field).
struct S { x: i32, y: i32 }
fn main() {
    let mut s = S { x: 1, y: 2 };
    let mut bump_x = || s.x += 10;
    s.y += 1;
    bump_x();
    let read_y = || s.y * 100;
    s.x += 1;
    println!("{} {} {}", read_y(), s.x, s.y);
}
