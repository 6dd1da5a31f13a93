//@ compile-fail
//@ spec: 20.7
// The same field borrowed mutably twice (disjointness needs different fields).
struct P { x: i32, y: i32 }
fn main() {
    let mut p = P { x: 1, y: 2 };
    let a = &mut p.x;
    let b = &mut p.x; //~ ERROR E0499
    *a += *b;
    println!("{} {}", p.x, p.y);
}
