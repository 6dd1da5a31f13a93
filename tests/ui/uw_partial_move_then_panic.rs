//@ run-fail
//@ spec: 8.1, 12.8, 17.1
// Fields moved out of a struct or a Box before the panic were already dropped by
// their new owner; unwinding drops only the fields still in place, each exactly once.
struct Part(&'static str);

impl Drop for Part {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Machine {
    engine: Part,
    wheels: Part,
    seat: Part,
}

struct Crate {
    top: Part,
    bottom: Part,
}

fn install(p: Part) {
    println!("installed {}", p.0);
}

fn check(level: u32) -> u32 {
    if level > 2 {
        panic!("level {} is too high", level);
    }
    level
}

fn main() {
    let m = Machine { engine: Part("engine"), wheels: Part("wheels"), seat: Part("seat") };
    let b = Box::new(Crate { top: Part("crate top"), bottom: Part("crate bottom") });
    install(m.engine);
    let kept_top = b.top;
    println!("holding {} and {}", kept_top.0, m.seat.0);
    {
        let wheels = m.wheels;
        println!("moved {} into a block", wheels.0);
    }
    println!("check {}", check(1));
    println!("check {}", check(3));
    println!("unreachable {}", b.bottom.0);
}
