//@ compile-fail
//@ spec: 14.23
// A bound naming a generic trait's argument (`T: Sum<T>`) is checked with that argument.
use std::iter::Sum;

fn total<T: Sum<T>>(items: Vec<T>) -> T {
    items.into_iter().sum()
}

fn main() {
    let t = total(vec![true, false]); //~ ERROR E0277
    println!("{}", t);
}
