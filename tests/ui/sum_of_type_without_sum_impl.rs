//@ compile-fail
//@ spec: 16.9
//@ stderr-contains: a value of type `Money` cannot be made by summing an iterator over elements of type `Money`
// Add and Default are not Sum: rustc has no such blanket impl, so summing Money is E0277.
use std::ops::Add;

#[derive(Clone, Copy, Default, Debug)]
struct Money(i64);

impl Add for Money {
    type Output = Money;
    fn add(self, o: Money) -> Money {
        Money(self.0 + o.0)
    }
}

fn main() {
    let v = vec![Money(1), Money(2)];
    let total: Money = v.into_iter().sum(); //~ ERROR E0277
    println!("{:?}", total);
}
