//@ compile-fail
//@ spec: 14.18
struct Meters(f64);

impl From<f64> for Meters {
    fn from(v: f64) -> Meters {
        Meters(v)
    }
}

fn need(m: Meters) -> f64 {
    m.0
}

fn main() {
    let a = Meters::from(3u8); //~ ERROR E0277
    let b: Meters = 'c'.into(); //~ ERROR E0277
    let c = u8::from(300u16); //~ ERROR E0277
    println!("{}", need(2.5.into()));
}
