//@ run-pass
//@ check-ir
//@ spec: 9.8
// A derived PartialEq is one generated body, `<Point as PartialEq>::eq(&Point, &Point)`,
// comparing the fields directly; `==` and `!=` borrow both sides and call it.
#[derive(PartialEq)]
struct Point {
    x: i32,
    y: i64,
}

fn main() {
    let a = Point { x: 1, y: 2 };
    let b = Point { x: 1, y: 3 };
    let same = a == b;
    let differ = a != b;
    println!("{}", same || !differ);
}
