//@ compile-fail
//@ spec: 11.10
// A name may be bound once per pattern (E0416) and once per parameter list (E0415);
// the alternatives of an or-pattern bind the same names (E0408) and do not count twice.

fn add(a: i32, (b, a): (i32, i32)) -> i32 { //~ ERROR E0415
    a + b
}

enum Shape {
    Circle(u32),
    Square(u32),
}

fn main() {
    let (x, x) = (1, 2); //~ ERROR E0416
    let pick = |p: i32, p: i32| p; //~ ERROR E0415
    if let (z, [z, ..]) = (1, [2]) { //~ ERROR E0416
        println!("{}", z);
    }
    match Some((3, 4)) {
        Some((n, m)) | Some((m, n)) if n > m => println!("{} {}", n, m),
        _ => {}
    }
    match Shape::Circle(2) {
        Shape::Circle(r) | Shape::Square(r) => println!("{}", r),
    }
    for (i, i) in [(1, 2)] {} //~ ERROR E0416
    match Some(3) {
        Some(v) | None => {} //~ ERROR E0408
    }
    match (1, 2) {
        (a, 1) | (1, a) => println!("{}", a),
        (b, _) | (_, c) => {} //~ ERROR E0408
        //~^ ERROR E0408
    }
    println!("{} {} {}", x, pick(1, 2), add(1, (2, 3)));
}
