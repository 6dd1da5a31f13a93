//@ run-pass
//@ spec: 11.9 6.11 6.12 7.3
// Geometry with f64: an enum of shapes with struct variants, areas, perimeters and bounding boxes.
const PI: f64 = std::f64::consts::PI;

#[derive(Debug, Clone, Copy)]
struct Pt { x: f64, y: f64 }

#[derive(Debug, Clone, Copy)]
enum Shape {
    Circle { c: Pt, r: f64 },
    Rect { lo: Pt, hi: Pt },
    Tri(Pt, Pt, Pt),
}

fn dist(a: Pt, b: Pt) -> f64 {
    (b.x - a.x).hypot(b.y - a.y)
}

impl Shape {
    fn area(&self) -> f64 {
        match self {
            Shape::Circle { r, .. } => PI * r * r,
            Shape::Rect { lo, hi } => (hi.x - lo.x) * (hi.y - lo.y),
            Shape::Tri(a, b, c) => ((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)).abs() / 2.0,
        }
    }
    fn perimeter(&self) -> f64 {
        match *self {
            Shape::Circle { r, .. } => 2.0 * PI * r,
            Shape::Rect { lo, hi } => 2.0 * ((hi.x - lo.x) + (hi.y - lo.y)),
            Shape::Tri(a, b, c) => dist(a, b) + dist(b, c) + dist(c, a),
        }
    }
    fn bbox(&self) -> (Pt, Pt) {
        match *self {
            Shape::Circle { c, r } => (Pt { x: c.x - r, y: c.y - r }, Pt { x: c.x + r, y: c.y + r }),
            Shape::Rect { lo, hi } => (lo, hi),
            Shape::Tri(a, b, c) => (
                Pt { x: a.x.min(b.x).min(c.x), y: a.y.min(b.y).min(c.y) },
                Pt { x: a.x.max(b.x).max(c.x), y: a.y.max(b.y).max(c.y) },
            ),
        }
    }
}

fn main() {
    let shapes = [
        Shape::Circle { c: Pt { x: 1.0, y: 1.0 }, r: 2.5 },
        Shape::Rect { lo: Pt { x: -1.0, y: 0.0 }, hi: Pt { x: 3.0, y: 2.5 } },
        Shape::Tri(Pt { x: 0.0, y: 0.0 }, Pt { x: 4.0, y: 0.0 }, Pt { x: 0.0, y: 3.0 }),
    ];
    let mut total = 0.0;
    for s in &shapes {
        let (lo, hi) = s.bbox();
        println!("area {:>8.3}  perim {:>8.3}  bbox ({}, {})..({}, {})",
                 s.area(), s.perimeter(), lo.x, lo.y, hi.x, hi.y);
        total += s.area();
    }
    println!("total area = {:.5}", total);
    let angle = (3.0f64).atan2(4.0);
    println!("angle = {:.4} rad = {:.2} deg", angle, angle.to_degrees());
    println!("unit circle point: ({:.3}, {:.3})", (PI / 6.0).cos(), (PI / 6.0).sin());
    println!("{:?}", shapes[2]);
    println!("{}", dist(Pt { x: 0.0, y: 0.0 }, Pt { x: 3.0, y: 4.0 }) == 5.0);
}
