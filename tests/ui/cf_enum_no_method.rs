//@ compile-fail
//@ spec: 11.3 6.10 11.9
// Calling methods and associated items that an enum does not have, including
// a variant that does not exist.
enum Light {
    Red,
    Yellow,
    Green,
}

impl Light {
    fn next(&self) -> Light {
        match self {
            Light::Red => Light::Green,
            Light::Yellow => Light::Red,
            Light::Green => Light::Yellow,
        }
    }
    fn initial() -> Light {
        Light::Red
    }
}

fn main() {
    let l = Light::Red;
    let n = l.next();
    let m = l.previous(); //~ ERROR E0599
    let b = Light::Blue; //~ ERROR E0599
    let i = l.initial(); //~ ERROR E0599
    let k = Light::new(); //~ ERROR E0599
    let s = n.to_string(); //~ ERROR E0599
}
