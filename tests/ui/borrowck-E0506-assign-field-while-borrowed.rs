//@ compile-fail
//@ spec: 20.8
// Writing a field that is borrowed.
struct P { x: i32, y: i32 }
fn main() {
    let mut p = P { x: 1, y: 2 };
    let rx = &p.x;
    p.x = 5; //~ ERROR E0506
    println!("{} {} {}", rx, p.x, p.y);
}
