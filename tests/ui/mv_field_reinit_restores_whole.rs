//@ spec: 12.1, 12.7, 12.8
// After a field has been moved out, assigning a fresh value to that same field makes the
// struct whole again, so it can be passed on and dropped as a unit; assigning to a
// moved-out field does not drop anything (there is no old value there).
struct Part(String);
impl Drop for Part {
    fn drop(&mut self) {
        println!("drop part {}", self.0);
    }
}

struct Machine {
    engine: Part,
    wheel: Part,
    serial: u32,
}

fn ship(m: Machine) {
    println!("ship #{} with {} and {}", m.serial, m.engine.0, m.wheel.0);
}

fn main() {
    let mut m = Machine { engine: Part(String::from("v6")), wheel: Part(String::from("w1")), serial: 7 };
    let old_engine = m.engine;
    println!("removed {}", old_engine.0);
    m.engine = Part(String::from("v8"));
    println!("installed {}", m.engine.0);
    m.wheel = Part(String::from("w2"));
    println!("wheel swapped");
    ship(m);

    let mut pair = (Part(String::from("left")), Part(String::from("right")));
    let l = pair.0;
    pair.0 = Part(format!("new-{}", l.0));
    let whole = pair;
    println!("pair now {} {}", whole.0 .0, whole.1 .0);

    let mut parts = vec![Part(String::from("a"))];
    let mut spare = Part(String::from("spare"));
    for round in 0..2 {
        parts.push(spare);
        spare = Part(format!("spare{}", round));
    }
    println!("{} parts, spare {}", parts.len(), spare.0);
}
