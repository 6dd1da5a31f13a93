//@ spec: 14.1 14.2 11.9 11.11
// A traffic-light state machine: an enum implementing a State trait, stepped by a generic driver.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Light {
    Red,
    Green,
    Yellow,
    Blinking(u8),
}

trait State: Copy {
    fn next(self) -> Self;
    fn duration(&self) -> u32;
    fn is_stop(&self) -> bool {
        false
    }
}

impl State for Light {
    fn next(self) -> Light {
        match self {
            Light::Red => Light::Green,
            Light::Green => Light::Yellow,
            Light::Yellow => Light::Red,
            Light::Blinking(0) => Light::Red,
            Light::Blinking(n) => Light::Blinking(n - 1),
        }
    }
    fn duration(&self) -> u32 {
        match *self {
            Light::Red => 30,
            Light::Green => 25,
            Light::Yellow => 5,
            Light::Blinking(_) => 1,
        }
    }
    fn is_stop(&self) -> bool {
        *self == Light::Red
    }
}

fn run<S: State + std::fmt::Debug>(start: S, steps: u32) -> u32 {
    let mut s = start;
    let mut elapsed = 0;
    let mut stops = 0;
    for i in 0..steps {
        elapsed += s.duration();
        if s.is_stop() {
            stops += 1;
        }
        println!("step {}: {:?} (t={})", i, s, elapsed);
        s = s.next();
    }
    stops
}

fn main() {
    let stops = run(Light::Red, 5);
    println!("stops: {}", stops);
    let stops = run(Light::Blinking(2), 6);
    println!("stops: {}", stops);
}
