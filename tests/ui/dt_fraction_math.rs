//@ run-pass
//@ spec: 11.1 11.3 11.4 6.2 6.12
// Exact fractions as a struct: gcd normalisation, arithmetic methods and comparison by cross-multiplying.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Frac { n: i64, d: i64 }

fn gcd(a: i64, b: i64) -> i64 {
    let (mut a, mut b) = (a.abs(), b.abs());
    while b != 0 {
        let t = a % b;
        a = b;
        b = t;
    }
    a
}

impl Frac {
    fn new(n: i64, d: i64) -> Frac {
        let g = gcd(n, d);
        let s = if d < 0 { -1 } else { 1 };
        Frac { n: s * n / g, d: s * d / g }
    }
    fn add(self, o: Frac) -> Frac { Frac::new(self.n * o.d + o.n * self.d, self.d * o.d) }
    fn sub(self, o: Frac) -> Frac { self.add(Frac { n: -o.n, d: o.d }) }
    fn mul(self, o: Frac) -> Frac { Frac::new(self.n * o.n, self.d * o.d) }
    fn div(self, o: Frac) -> Frac { Frac::new(self.n * o.d, self.d * o.n) }
    fn less(&self, o: &Frac) -> bool { self.n * o.d < o.n * self.d }
    fn to_f64(&self) -> f64 { self.n as f64 / self.d as f64 }
    fn show(&self) {
        if self.d == 1 { print!("{}", self.n) } else { print!("{}/{}", self.n, self.d) }
    }
}

fn main() {
    let a = Frac::new(6, -8);
    let b = Frac::new(5, 12);
    a.show(); print!(" + "); b.show(); print!(" = "); a.add(b).show(); println!();
    a.show(); print!(" - "); b.show(); print!(" = "); a.sub(b).show(); println!();
    a.show(); print!(" * "); b.show(); print!(" = "); a.mul(b).show(); println!();
    a.show(); print!(" / "); b.show(); print!(" = "); a.div(b).show(); println!();
    // harmonic numbers H(1..=8)
    let mut h = Frac::new(0, 1);
    for k in 1..=8 {
        h = h.add(Frac::new(1, k));
        print!("H({}) = ", k);
        h.show();
        println!(" ~ {:.4}", h.to_f64());
    }
    println!("{} {}", a.less(&b), b.less(&a));
    println!("{}", Frac::new(2, 4) == Frac::new(-3, -6));
    println!("{:?}", Frac::new(0, 5));
    println!("{} {}", (-7i64).rem_euclid(3), -7i64 % 3);
}
