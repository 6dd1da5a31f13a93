//@ compile-fail
//@ spec: 6.2 6.3 11.4
// Binary operators on structs and enums that do not implement them: `+` of
// two points, `==` without `#[derive(PartialEq)]`, `<` without PartialOrd.
struct Point {
    x: i32,
    y: i32,
}

enum Color {
    Red,
    Green,
}

#[derive(PartialEq)]
struct Id(u32);

fn main() {
    let a = Point { x: 1, y: 2 };
    let b = Point { x: 3, y: 4 };
    let c = a + b; //~ ERROR E0369
    let p = Point { x: 0, y: 0 };
    let q = Point { x: 0, y: 0 };
    if p == q {} //~ ERROR E0369
    let r = Color::Red;
    let s = Color::Green;
    let same = r == s; //~ ERROR E0369
    let i = Id(1);
    let j = Id(2);
    let eq = i == j;
    let lt = i < j; //~ ERROR E0369
    let m = Id(3);
    let n = m * 2; //~ ERROR E0369
}
