//@ compile-fail
//@ spec: 4.2, 15.2
// A declared-only struct cannot be filled in field by field (E0381: not fully
// initialized), and a closure cannot capture a variable that has no value yet.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p: Point;
    p.x = 1; //~ ERROR E0381
    let pair: (u8, u8);
    pair.0 = 3; //~ ERROR E0381
    let limit: u32;
    let check = |v: u32| v < limit; //~ ERROR E0381
    let ready: bool;
    if check(3) {
        ready = true;
    }
    let mut q = Point { x: 0, y: 0 };
    q.y = 2;
    println!("{} {} {}", q.x, q.y, ready); //~ ERROR E0381
}
