//@ run-pass
//@ spec: 11.7 11.8 6.11
// Polynomials as fixed arrays of f64 coefficients: Horner evaluation, derivative, product and roots.
const DEG: usize = 6;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Poly { c: [f64; DEG] }

impl Poly {
    fn eval(&self, x: f64) -> f64 {
        let mut acc = 0.0;
        let mut i = DEG;
        while i > 0 {
            i -= 1;
            acc = acc * x + self.c[i];
        }
        acc
    }
    fn derive(&self) -> Poly {
        let mut d = [0.0; DEG];
        for i in 1..DEG {
            d[i - 1] = self.c[i] * i as f64;
        }
        Poly { c: d }
    }
    fn mul(&self, o: &Poly) -> Poly {
        let mut r = [0.0; DEG];
        for i in 0..DEG {
            for j in 0..DEG - i {
                r[i + j] += self.c[i] * o.c[j];
            }
        }
        Poly { c: r }
    }
    fn degree(&self) -> usize {
        let mut d = 0;
        for i in 0..DEG {
            if self.c[i] != 0.0 { d = i; }
        }
        d
    }
    fn newton(&self, mut x: f64) -> (f64, u32) {
        let d = self.derive();
        let mut iters = 0;
        while self.eval(x).abs() > 1e-12 && iters < 50 {
            x -= self.eval(x) / d.eval(x);
            iters += 1;
        }
        (x, iters)
    }
}

fn main() {
    let p = Poly { c: [-2.0, 0.0, 1.0, 0.0, 0.0, 0.0] }; // x^2 - 2
    let q = Poly { c: [1.0, 1.0, 0.0, 0.0, 0.0, 0.0] };  // x + 1
    for x in [-1.0, 0.0, 0.5, 2.0] {
        println!("p({:>4}) = {:>6.2}   q({:>4}) = {}", x, p.eval(x), x, q.eval(x));
    }
    let pq = p.mul(&q);
    println!("p*q = {:?} (degree {})", pq.c, pq.degree());
    println!("d/dx p*q = {:?}", pq.derive().c);
    let (root, n) = p.newton(1.0);
    println!("sqrt(2) ~ {:.12} after {} steps, error {:e}", root, n, (root - 2.0f64.sqrt()).abs());
    let (r2, _) = pq.newton(-3.0);
    println!("root near -3: {:.6}", r2);
    println!("{}", p.derive().derive() == Poly { c: [2.0, 0.0, 0.0, 0.0, 0.0, 0.0] });
}
