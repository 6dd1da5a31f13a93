//@ compile-fail
//@ spec: 11.2 11.3
struct Point {
    x: i32,
    y: i32,
}

impl Point {
    fn origin() -> Point {
        Point { x: 0, y: 0 }
    }
}

fn main() {
    let p = Point { x: 1 }; //~ ERROR E0063
    let q = Point { x: 1, y: 2, z: 3 }; //~ ERROR E0560
    let r = Point { x: 1, y: 2 };
    let a = r.z; //~ ERROR E0609
    let b = r.len(); //~ ERROR E0599
    let c = Point::nowhere(); //~ ERROR E0599
    let d = r.origin(); //~ ERROR E0599
    let e: Point = 5; //~ ERROR E0308
    let f = Nope { x: 1 }; //~ ERROR E0422
}
