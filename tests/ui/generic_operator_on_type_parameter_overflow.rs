//@ run-fail
//@ spec: 9.9
// `a + b` of a `T: Add` is a call of `<T as Add>::add` in the generic body; each instance
// calls the impl's method (V) or does the built-in operation with its checks (integers,
// floats), and an overflow panics at the operator, as rustc's `#[track_caller]` impls do.
use std::ops::Add;
use std::ops::Div;
use std::ops::Mul;
use std::ops::Rem;
use std::ops::Sub;

#[derive(Debug, Clone, Copy, PartialEq)]
struct V(i32, i32);

impl Add for V {
    type Output = V;
    fn add(self, o: V) -> V {
        V(self.0 + o.0, self.1 + o.1)
    }
}

impl Mul for V {
    type Output = V;
    fn mul(self, k: V) -> V {
        V(self.0 * k.0, self.1 * k.1)
    }
}

fn sum<T: Add<Output = T>>(a: T, b: T) -> T {
    a + b
}

fn scale<T: Mul<Output = T>>(a: T, k: T) -> T {
    a * k
}

fn arith<T: Sub<Output = T> + Div<Output = T> + Rem<Output = T> + Copy>(a: T, b: T) -> (T, T, T) {
    (a - b, a / b, a % b)
}

fn total<T: Add<Output = T> + Copy>(v: &[T], zero: T) -> T {
    let mut s = zero;
    for i in 0..v.len() {
        s = s + v[i];
    }
    s
}

fn main() {
    println!("{} {} {:?}", sum(1, 2), sum(1.5, 0.25), sum(V(1, 2), V(3, 4)));
    println!("{:?} {}", scale(V(1, 2), V(3, 3)), scale(4u64, 5u64));
    println!("{:?} {:?}", arith(17, 5), arith(7.5, 2.0));
    println!("{:?}", arith(-7i8, 2));
    println!("{} {}", total(&[1, 2, 3], 0), total(&[0.5, 0.25], 0.0));
    println!("{}", sum(250u8, 10));
}
