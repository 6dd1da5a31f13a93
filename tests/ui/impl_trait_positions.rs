//@ spec: 15.5
// impl Trait in argument position (anonymous type parameters) and return position (the body's type).
use std::fmt::Display;
fn apply(f: impl Fn(i32) -> i32, x: i32) -> i32 { f(x) }
fn show_all(a: impl Display, b: impl Display) { println!("[{}] [{}]", a, b); }
fn make_adder(n: i32) -> impl Fn(i32) -> i32 { move |x| x + n }
fn make_counter() -> impl FnMut() -> u32 { let mut c = 0; move || { c += 1; c } }
fn pair() -> impl std::fmt::Debug { (1, 'x') }
fn main() {
    println!("{}", apply(|v| v * 3, 7));
    show_all(5, "five");
    let add5 = make_adder(5);
    println!("{} {}", add5(1), make_adder(10)(2));
    let mut next = make_counter();
    next();
    println!("{} {:?}", next(), pair());
}
