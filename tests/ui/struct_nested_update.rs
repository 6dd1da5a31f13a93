//@ run-pass
//@ spec: 11.1 11.2 11.4
#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Vec2 {
    x: f64,
    y: f64,
}

#[derive(Debug, Clone, Copy, Default)]
struct Body {
    pos: Vec2,
    vel: Vec2,
    mass: f64,
}

impl Vec2 {
    fn add(self, o: Vec2) -> Vec2 {
        Vec2 { x: self.x + o.x, y: self.y + o.y }
    }
    fn scale(self, k: f64) -> Vec2 {
        Vec2 { x: self.x * k, y: self.y * k }
    }
    fn len(&self) -> f64 {
        (self.x * self.x + self.y * self.y).sqrt()
    }
}

fn step(b: &mut Body, dt: f64) {
    b.pos = b.pos.add(b.vel.scale(dt));
}

fn main() {
    let mut b = Body { vel: Vec2 { x: 3.0, y: 4.0 }, mass: 2.0, ..Body::default() };
    for _ in 0..4 {
        step(&mut b, 0.5);
    }
    println!("{:?}", b.pos);
    println!("{} {}", b.vel.len(), b.pos == Vec2 { x: 6.0, y: 8.0 });
    let mut bodies = [Body::default(); 3];
    bodies[1].mass = 5.5;
    bodies[2].pos.y = -1.0;
    println!("{:?}", bodies[2]);
    let heavy = bodies.iter().len();
    println!("{}", heavy);
}
