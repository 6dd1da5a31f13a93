//@ compile-fail
//@ spec: 14.3, 14.11
// `T::default()` and `T::origin()` need bounds that give T those functions.
trait Origin {
    fn origin() -> Self;
}

#[derive(Debug, Default)]
struct Point {
    x: i32,
    y: i32,
}

impl Origin for Point {
    fn origin() -> Point {
        Point { x: 0, y: 0 }
    }
}

fn fresh<T>() -> T {
    T::default() //~ ERROR E0599
}

fn start<T: Default>() -> T {
    T::origin() //~ ERROR E0599
}

fn main() {
    let p: Point = fresh();
    let q: Point = start();
    println!("{:?} {:?}", p, q);
}
