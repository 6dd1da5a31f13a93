//@ compile-fail
//@ spec: 6.7 6.9
// Confusing references and values: passing a value where a reference is
// expected, a reference where a value is expected, and & where &mut is needed.
struct Point {
    x: i32,
    y: i32,
}

fn show(p: &Point) -> i32 {
    p.x + p.y
}

fn double(n: i32) -> i32 {
    n * 2
}

fn bump(n: &mut i32) {
    *n += 1;
}

fn main() {
    let p = Point { x: 1, y: 2 };
    let a = show(p); //~ ERROR E0308
    let n = 5;
    let r = &n;
    let b = double(r); //~ ERROR E0308
    let mut m = 3;
    bump(&m); //~ ERROR E0308
    let c: i32 = &m; //~ ERROR E0308
}
