//@ spec: 17.3, 12.4
// Dropping a Box<dyn Trait> runs the concrete type's destructor and its fields' through
// the vtable, so a Vec of mixed shapes drops each element as its real type, in order.
trait Shape {
    fn area(&self) -> u32;
}

struct Square {
    side: u32,
}
impl Drop for Square {
    fn drop(&mut self) {
        println!("square {} erased", self.side);
    }
}
impl Shape for Square {
    fn area(&self) -> u32 {
        self.side * self.side
    }
}

struct Marker(&'static str);
impl Drop for Marker {
    fn drop(&mut self) {
        println!("  marker {} removed", self.0);
    }
}

struct Rect {
    w: u32,
    h: u32,
    corner: Marker,
}
impl Shape for Rect {
    fn area(&self) -> u32 {
        self.w * self.h
    }
}

struct Dot;
impl Shape for Dot {
    fn area(&self) -> u32 {
        0
    }
}

fn biggest(shapes: &Vec<Box<dyn Shape>>) -> u32 {
    let mut best = 0;
    for s in shapes {
        if s.area() > best {
            best = s.area();
        }
    }
    best
}

fn main() {
    let single: Box<dyn Shape> = Box::new(Square { side: 9 });
    println!("single area {}", single.area());
    let shapes: Vec<Box<dyn Shape>> = vec![
        Box::new(Rect { w: 2, h: 3, corner: Marker("r1") }),
        Box::new(Dot),
        Box::new(Square { side: 4 }),
        Box::new(Rect { w: 5, h: 1, corner: Marker("r2") }),
    ];
    println!("biggest {}", biggest(&shapes));
    drop(shapes);
    println!("shapes gone");
    let mut current: Box<dyn Shape> = Box::new(Square { side: 1 });
    current = Box::new(Rect { w: 1, h: 1, corner: Marker("r3") });
    println!("current area {}", current.area());
    println!("end of main");
}
