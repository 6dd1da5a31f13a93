//@ compile-fail
//@ spec: 11.11
enum Dir {
    North,
    East,
    South,
    West,
}

enum Shape {
    Circle(u32),
    Square(u32),
}

fn name(d: Dir) -> &'static str {
    match d { //~ ERROR E0004
        Dir::North => "n",
        Dir::East => "e",
        Dir::South => "s",
    }
}

fn size(s: Shape) -> u32 {
    match s { //~ ERROR E0004
        Shape::Circle(r) => r,
        Shape::Square(0) => 0,
    }
}

fn sign(n: i32) -> i32 {
    match n { //~ ERROR E0004
        0 => 0,
        1 => 1,
    }
}

fn both(a: bool, b: bool) -> u8 {
    match (a, b) { //~ ERROR E0004
        (true, true) => 3,
        (false, _) => 0,
    }
}

fn main() {
    let guarded = match 5u8 { //~ ERROR E0004
        n if n > 2 => 1,
        0 => 0,
    };
    let Shape::Circle(r) = Shape::Square(2); //~ ERROR E0005
}
