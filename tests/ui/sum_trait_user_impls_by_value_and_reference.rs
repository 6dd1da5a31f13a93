//@ run-pass
//@ spec: 16.9
//@ spec: 14.23
// A user type sums by value and by reference through its own `Sum` impls (rustc's
// `std::iter::Sum`), and a generic fn bounded by `Sum<T>` sums numbers and Money alike.
use std::iter::Sum;
use std::ops::Add;

#[derive(Clone, Copy, Debug, PartialEq)]
struct Money {
    cents: i64,
}

impl Add for Money {
    type Output = Money;
    fn add(self, other: Money) -> Money {
        Money { cents: self.cents + other.cents }
    }
}

impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money { cents: 0 }, |a, b| a + b)
    }
}

// by reference: starts from a fee, so the test sees which impl ran
impl<'a> Sum<&'a Money> for Money {
    fn sum<I: Iterator<Item = &'a Money>>(iter: I) -> Money {
        let mut total = Money { cents: 1000 };
        for m in iter {
            total = total + *m;
        }
        total
    }
}

fn total_of<T: Sum<T>>(items: Vec<T>) -> T {
    items.into_iter().sum()
}

fn main() {
    let wallet = vec![Money { cents: 150 }, Money { cents: 275 }];
    let by_ref: Money = wallet.iter().sum();
    let by_value: Money = wallet.clone().into_iter().sum();
    println!("{:?} {:?}", by_ref, by_value);
    println!("{:?}", total_of(wallet));
    println!("{}", total_of(vec![1u8, 2, 3]));
    println!("{}", total_of(vec![0.5, 0.25]));
    let mapped = (1..4).map(|c| Money { cents: c * 10 }).sum::<Money>();
    println!("{}", mapped.cents);
    let none: Money = Vec::<Money>::new().iter().sum();
    println!("{}", none.cents);
}
