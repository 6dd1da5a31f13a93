//@ compile-fail
//@ spec: 11.9 6.9
// Building enum variants with payloads of the wrong type: an integer for an
// f64, a bool for a u8, a struct variant field of the wrong type, and a
// variant passed where another enum is expected.
enum Shape {
    Circle(f64),
    Rect { w: u32, h: u32 },
}

enum Cmd {
    Beep(u8),
    Stop,
}

fn run(c: Cmd) {}

fn main() {
    let a = Shape::Circle(1); //~ ERROR E0308
    let b = Cmd::Beep(true); //~ ERROR E0308
    let c = Shape::Rect { w: 2, h: -1.0 }; //~ ERROR E0308
    run(Shape::Circle(2.0)); //~ ERROR E0308
    let d: Cmd = Cmd::Stop;
    let e: Shape = d; //~ ERROR E0308
}
