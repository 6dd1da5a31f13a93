//@ compile-fail
//@ spec: 11.11 11.10
// `let` needs a pattern that always matches; literals, ranges, one variant of
// a multi-variant enum and slices of fixed length are refutable.
enum Shape {
    Circle(f64),
    Rect(f64, f64),
}

struct Reading {
    sensor: u8,
    ok: bool,
}

fn main() {
    let s = Shape::Rect(1.0, 2.0);
    let Shape::Rect(w, h) = s; //~ ERROR E0005
    let (1, y) = (1, 2); //~ ERROR E0005
    let r = Reading { sensor: 3, ok: true };
    let Reading { sensor, ok: true } = r; //~ ERROR E0005
    let v: &[u8] = &[1, 2];
    let [a, b] = v; //~ ERROR E0005
    let 0..=9 = 5u8; //~ ERROR E0005
}
