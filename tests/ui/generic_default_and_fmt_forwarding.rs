//@ run-pass
//@ spec: 9.9
// `T::default()`, `Default::default()` through `mem::take`, and a forwarded
// `x.fmt(f)` of a type parameter are calls each instance resolves: the impl's method,
// a derived Default, or the built-in default and formatting of primitives.
use std::fmt::Display;

#[derive(Debug, Default)]
struct Conf {
    n: i32,
    name: String,
    on: bool,
}

#[derive(Debug)]
struct Hand(u8);

impl Default for Hand {
    fn default() -> Hand {
        println!("hand default");
        Hand(7)
    }
}

fn fresh<T: Default>() -> T {
    T::default()
}

fn pair<T: Default + Clone>() -> (T, T) {
    let a: T = Default::default();
    (a.clone(), T::default())
}

fn take<T: Default>(x: &mut T) -> T {
    std::mem::take(x)
}

fn show<T: Display>(x: &T, f: &mut std::fmt::Formatter) -> std::fmt::Result {
    x.fmt(f)
}

struct W<T>(T);

impl<T: Display> Display for W<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "<")?;
        show(&self.0, f)?;
        write!(f, ">")
    }
}

fn main() {
    let a: i32 = fresh();
    let b: String = fresh();
    let c: Conf = fresh();
    let d: Hand = fresh();
    println!("{} {:?} {:?} {:?}", a, b, c, d);
    let e: (f64, bool) = fresh();
    let v: Vec<u8> = fresh();
    let o: Option<char> = fresh();
    println!("{:?} {:?} {:?}", e, v, o);
    println!("{:?}", pair::<u64>());
    println!("{:?}", pair::<String>());
    let mut s = String::from("gone");
    println!("{:?} {:?}", take(&mut s), s);
    let mut h = Hand(1);
    println!("{:?} {:?}", take(&mut h), h);
    println!("[{:>6}] [{}] [{:.2}]", W(5), W("s"), W(1.5));
}
