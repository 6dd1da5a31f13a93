//@ compile-fail
//@ spec: 6.9 11.1 11.7
// Type annotations that do not match the value: a tuple where a struct is
// declared, a tuple struct where a plain tuple is, a slice reference where an
// array is, and an array of the wrong element type.
struct Pair(i32, i32);

struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p: Point = (1, 2); //~ ERROR E0308
    let q: (i32, i32) = Pair(1, 2); //~ ERROR E0308
    let arr = [1u8, 2, 3];
    let s: &[u8] = &arr;
    let back: [u8; 3] = s; //~ ERROR E0308
    let names: [&str; 2] = ["a", 'b']; //~ ERROR E0308
    let flag: bool = Point { x: 0, y: 0 }; //~ ERROR E0308
}
