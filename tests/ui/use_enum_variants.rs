//@ spec: 11.17
// `use` brings an enum's variants into scope by name: a list, a glob, and a rename.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Light {
    Red,
    Amber,
    Green,
}
use Light::*;

enum Token {
    Num(i64),
    Plus,
    Times,
}
use self::Token::{Num, Plus as Add, Times};

fn next(l: Light) -> Light {
    match l {
        Red => Green,
        Green => Amber,
        Amber => Red,
    }
}

fn eval(tokens: &[Token]) -> i64 {
    let mut acc = 0;
    let mut pending_times = false;
    for t in tokens {
        match t {
            Num(n) => acc = if pending_times { acc * n } else { acc + n },
            Add => pending_times = false,
            Times => pending_times = true,
        }
    }
    acc
}

fn main() {
    let mut l = Red;
    for _ in 0..4 {
        print!("{:?} ", l);
        l = next(l);
    }
    println!("{}", l == Green);
    println!("{}", eval(&[Num(2), Add, Num(3), Times, Num(4)]));
}
