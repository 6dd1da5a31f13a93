//@ run-pass
//@ spec: 20.9
// Lexical checker rejects: `px` (a `&mut` into the box) is in scope when the box is moved.
struct Point {
    x: i32,
    y: i32,
}
fn main() {
    let mut b = Box::new(Point { x: 1, y: 2 });
    let px = &mut b.x;
    *px += 5;
    let moved = b;
    println!("{} {}", moved.x, moved.y);
}
