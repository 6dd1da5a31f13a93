//@ spec: 15.1, 13.1
// Closures written inside generic fns: one body per instance of the fn.
use std::fmt::Display;
use std::ops::Add;

fn keep<T: Copy>(x: T) -> T {
    let id = |v: T| v;
    id(x)
}

fn make_adder<T: Copy + Add<Output = T>>(n: T) -> impl Fn(T) -> T {
    move |x| x + n
}

fn count_above<T: PartialOrd + Copy>(xs: &[T], lim: T) -> usize {
    xs.iter().filter(|&&x| x > lim).count()
}

fn show_all<T: Display>(xs: &[T], sep: &str) {
    let mut first = true;
    let mut emit = |x: &T| {
        if !first {
            print!("{}", sep);
        }
        first = false;
        print!("{}", x);
    };
    for x in xs {
        emit(x);
    }
    println!();
}

fn twice<T, F: Fn(T) -> T>(f: F, x: T) -> T {
    let g = |y: T| f(y);
    g(g(x))
}

struct Pair<T> {
    a: T,
    b: T,
}

impl<T: Copy + Add<Output = T> + Display> Pair<T> {
    fn map_both<F: Fn(T) -> T>(&self, f: F) -> Pair<T> {
        let apply = |v: T| f(v);
        Pair { a: apply(self.a), b: apply(self.b) }
    }
    fn describe(&self) -> T {
        let sum = || self.a + self.b;
        sum()
    }
}

fn main() {
    println!("{} {} {}", keep(3), keep('z'), keep(2.5));
    let add5 = make_adder(5);
    let add_half = make_adder(0.5);
    println!("{} {}", add5(1), add_half(1.0));
    println!("{} {}", count_above(&[1.5, 2.5, 3.5], 2.0), count_above(&[1, 5, 7], 4));
    show_all(&[1, 2, 3], ", ");
    show_all(&["a", "b"], "-");
    println!("{} {}", twice(|x| x * 3, 2), twice(|s: &str| &s[1..], "abcd"));
    let p = Pair { a: 2, b: 5 }.map_both(|v| v * 10);
    println!("{} {} {}", p.a, p.b, p.describe());
    let q = Pair { a: 1.5, b: 2.0 };
    println!("{}", q.describe());
}
