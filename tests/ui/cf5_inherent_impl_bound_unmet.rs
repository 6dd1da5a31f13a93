//@ compile-fail
//@ spec: 13.2, 14.9
// `largest` is defined only for Pairs of comparable values; a Pair of Tokens does not have it.
struct Pair<T> {
    a: T,
    b: T,
}

impl<T: PartialOrd + Copy> Pair<T> {
    fn largest(&self) -> T {
        if self.a > self.b { self.a } else { self.b }
    }
}

#[derive(Clone, Copy)]
struct Token {
    id: u32,
}

fn main() {
    let nums = Pair { a: 3, b: 8 };
    println!("{}", nums.largest());
    let toks = Pair { a: Token { id: 1 }, b: Token { id: 2 } };
    let t = toks.largest(); //~ ERROR E0599
}
