//@ run-pass
//@ spec: 16.9
// `product()` through the Product impls: floats and references to them (which the prelude
// once could not multiply), every integer width, and a user type's own impl.
use std::iter::Product;

#[derive(Debug, Clone, Copy)]
struct Odds(f64);

impl Product for Odds {
    fn product<I: Iterator<Item = Odds>>(iter: I) -> Odds {
        let mut p = 1.0;
        for o in iter {
            p *= o.0;
        }
        Odds(p)
    }
}

fn main() {
    let xs = [1.5, 2.0, 4.0];
    let a: f64 = xs.iter().product();
    let b = xs.iter().copied().product::<f64>();
    let c: f32 = vec![0.5f32, 8.0].into_iter().product();
    let d: u128 = (1..=30u128).product();
    let e = [2i8, -3, 4].iter().product::<i8>();
    let f: usize = Vec::<usize>::new().iter().product();
    let g = vec![Odds(0.5), Odds(0.25)].into_iter().product::<Odds>();
    println!("{} {} {} {} {} {} {:?}", a, b, c, d, e, f, g);
}
