//@ compile-fail
//@ spec: 14.5
// `{}` needs a Display impl; `{:?}` a Debug impl or derive.
struct Point {
    x: i32,
}

impl std::fmt::Debug for Point {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "P{}", self.x)
    }
}

struct Plain;

fn main() {
    let p = Point { x: 1 };
    println!("{:?}", p);
    println!("{}", p); //~ ERROR E0277
    println!("{:?}", Plain); //~ ERROR E0277
}
