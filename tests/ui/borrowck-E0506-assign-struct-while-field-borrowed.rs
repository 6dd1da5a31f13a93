//@ compile-fail
//@ spec: 20.8
// Overwriting the whole struct while one field is borrowed.
struct P { x: i32, y: i32 }
fn main() {
    let mut p = P { x: 1, y: 2 };
    let ry = &p.y;
    p = P { x: 0, y: 0 }; //~ ERROR E0506
    println!("{} {}", ry, p.x);
}
