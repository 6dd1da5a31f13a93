//@ run-fail
//@ spec: 9.9
fn negate<T: std::ops::Neg<Output = T>>(x: T) -> T { -x }
fn main() { println!("{}", negate(5i32)); println!("{}", negate(i8::MIN)); }
