//@ compile-fail
//@ spec: 14.23
// `impl Sum for Money` is `Sum<Money>`: summing `&Money` items needs `Sum<&Money>` too.
use std::iter::Sum;

#[derive(Clone, Copy, Debug)]
struct Money(i64);

impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        Money(iter.map(|m| m.0).sum())
    }
}

fn main() {
    let v = vec![Money(1), Money(2)];
    let by_value: Money = v.clone().into_iter().sum();
    let by_ref: Money = v.iter().sum(); //~ ERROR E0277
    println!("{:?} {:?}", by_value, by_ref);
}
