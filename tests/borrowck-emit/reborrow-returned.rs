//@ spec: 21.7
// A loan returned from a function lives to its end; in the caller it lives while `x` is used.
struct Point {
    x: i32,
    y: i32,
}

fn bump(p: &mut Point) -> &mut i32 {
    let r = &mut p.x;
    *r += 1;
    r
}

fn main() {
    let mut p = Point { x: 1, y: 2 };
    let x = bump(&mut p);
    *x += 10;
    println!("{} {}", p.x, p.y);
}
