//@ compile-fail
//@ spec: 4.2, 4.1
// Declaring `let x;` reserves a name but no value: reading it, borrowing it or reading a
// field of it before any assignment is E0381, reported once per variable.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let total: i32;
    let doubled = total * 2; //~ ERROR E0381
    let p: Point;
    println!("{}", p.x); //~ ERROR E0381
    let name: String;
    let r = &name; //~ ERROR E0381
    let mut count: u32;
    count += 1; //~ ERROR E0381
    println!("{} {} {}", doubled, r, count);
}
