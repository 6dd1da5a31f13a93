//@ run-pass
//@ spec: 11.9 11.11
#[derive(Debug, Clone, Copy, PartialEq)]
enum Light {
    Red,
    Yellow,
    Green,
}

impl Light {
    fn next(self) -> Light {
        match self {
            Light::Red => Light::Green,
            Light::Green => Light::Yellow,
            Light::Yellow => Light::Red,
        }
    }
    fn seconds(&self) -> u32 {
        match *self {
            Light::Red => 30,
            Light::Yellow => 3,
            Light::Green => 25,
        }
    }
}

fn main() {
    let mut l = Light::Red;
    let mut total = 0;
    for _ in 0..7 {
        total += l.seconds();
        print!("{:?}({}) ", l, l.seconds());
        l = l.next();
    }
    println!();
    println!("{} {}", total, l == Light::Green);
}
