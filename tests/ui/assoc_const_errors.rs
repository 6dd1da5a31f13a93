//@ compile-fail
//@ spec: 14.14
trait Shape {
    const SIDES: u32;
    fn name(&self) -> &'static str;
}

struct Tri;
impl Shape for Tri { //~ ERROR E0046
    const CORNERS: u32 = 3; //~ ERROR E0438
}

struct Square;
impl Shape for Square { //~ ERROR E0046
    fn name(&self) -> &'static str {
        "square"
    }
}

struct Grid;
impl Grid {
    const W: usize = 4;
}

fn main() {
    println!("{}", Grid::H); //~ ERROR E0599
}
