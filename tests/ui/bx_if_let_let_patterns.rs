//@ spec: 12.7, 12.5, 17.1
// `if let` / `let` / `match` patterns on `*b` bind parts out of the box: bindings die at
// the end of their branch, parts matched by `_` or `..` stay with the box until it dies.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("  drop {}", self.0);
    }
}

enum Shape {
    Circle { center: D, label: D },
    Line(D, D),
    Empty,
}

fn describe(b: Box<Shape>) {
    println!("describe:");
    if let Shape::Circle { label, .. } = *b {
        println!("  circle labelled {}", label.0);
    } else {
        println!("  not a circle");
    }
    println!("  after if let");
}

fn ends(b: Box<(D, Option<D>, D)>) -> D {
    let (first, middle, _) = *b;
    if let Some(m) = middle {
        println!("  middle {}", m.0);
    }
    println!("  first {}", first.0);
    first
}

fn main() {
    describe(Box::new(Shape::Circle { center: D("c-center"), label: D("c-label") }));
    describe(Box::new(Shape::Line(D("l-a"), D("l-b"))));
    describe(Box::new(Shape::Empty));
    println!("ends:");
    let f = ends(Box::new((D("f"), Some(D("m")), D("z"))));
    println!("  returned {}", f.0);
    let g = ends(Box::new((D("f2"), None, D("z2"))));
    println!("  returned {}", g.0);
    println!("match ref:");
    let s = Box::new(Shape::Line(D("r-a"), D("r-b")));
    match *s {
        Shape::Line(ref a, _) => println!("  borrowed {}", a.0),
        _ => {}
    }
    if let Shape::Line(_, b) = *s {
        println!("  moved {}", b.0);
    }
    println!("end");
}
