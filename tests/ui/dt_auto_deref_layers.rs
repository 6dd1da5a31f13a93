//@ run-pass
//@ spec: 6.7 11.3 6.12
// Fields and methods reached through &&T and &mut T auto-deref; explicit * and ** arithmetic on numbers.
#[derive(Debug, Clone, Copy)]
struct Vec2 { x: f32, y: f32 }

impl Vec2 {
    fn len(&self) -> f32 { (self.x * self.x + self.y * self.y).sqrt() }
    fn scaled(self, k: f32) -> Vec2 { Vec2 { x: self.x * k, y: self.y * k } }
    fn nudge(&mut self, dx: f32) { self.x += dx; }
}

struct Body { pos: Vec2, vel: Vec2, mass: f32 }

fn kinetic(b: &&Body) -> f32 {
    0.5 * b.mass * b.vel.len() * b.vel.len()
}

fn bump_all(bodies: &mut [Body; 2]) {
    let first: &mut Body = &mut bodies[0];
    first.pos.nudge(1.5);
    let r = &mut first.vel;
    r.y = -r.y;
}

fn main() {
    let mut bodies = [
        Body { pos: Vec2 { x: 0.0, y: 0.0 }, vel: Vec2 { x: 3.0, y: 4.0 }, mass: 2.0 },
        Body { pos: Vec2 { x: 1.0, y: 1.0 }, vel: Vec2 { x: -1.0, y: 0.5 }, mass: 0.5 },
    ];
    let b0 = &bodies[0];
    let bb = &b0;
    let bbb = &bb;
    println!("{} {} {}", bbb.vel.len(), bbb.mass, kinetic(bb));
    println!("{:?}", bbb.vel.scaled(0.5));
    let n = 5;
    let rn = &n;
    let rrn = &rn;
    println!("{} {} {}", **rrn + 1, *rn * 2, rn + 3);
    println!("{}", **rrn == 5);
    bump_all(&mut bodies);
    println!("{:?} {:?}", bodies[0].pos, bodies[0].vel);
    let mut total = 0.0;
    for b in &bodies {
        total += kinetic(&b);
    }
    println!("total kinetic {}", total);
    let p = &mut bodies[1].pos;
    (*p).y *= 10.0;
    p.nudge(-1.0);
    println!("{:?}", bodies[1].pos);
    let m = &bodies[1].mass;
    println!("{}", m.max(1.0));
}
