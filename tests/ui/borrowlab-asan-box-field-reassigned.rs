//@ compile-fail
//@ spec: 21.4, 21.4b
// A reference to a field of a boxed struct, then the box is replaced (E0506): the old
// box is freed by the assignment. Under `--borrowck=off -Z sanitizer=address` reading the
// field through the stale reference is a heap-use-after-free.
struct Point {
    x: i64,
    y: i64,
}

fn main() {
    let mut p = Box::new(Point { x: 1, y: 2 });
    let y = &p.y;
    p = Box::new(Point { x: 3, y: 4 }); //~ ERROR E0506
    let seen = *y; // asan: heap-use-after-free
    println!("{} {}", seen, p.x);
}
