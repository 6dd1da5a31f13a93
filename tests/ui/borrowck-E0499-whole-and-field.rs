//@ compile-fail
//@ spec: 20.7
// A mutable borrow of the whole struct conflicts with a live mutable borrow of one field.
struct P { x: i32, y: i32 }
fn bump(p: &mut P) { p.y += 1; }
fn main() {
    let mut p = P { x: 1, y: 2 };
    let x = &mut p.x;
    bump(&mut p); //~ ERROR E0499
    *x += 1;
    println!("{} {}", p.x, p.y);
}
