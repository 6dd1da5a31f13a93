//@ run-pass
//@ spec: 9.9
use std::ops::{Neg, AddAssign, SubAssign, Add};
#[derive(Debug, Clone, Copy, PartialEq)]
struct V(i32, i32);
impl Neg for V { type Output = V; fn neg(self) -> V { V(-self.0, -self.1) } }
impl AddAssign for V { fn add_assign(&mut self, o: V) { self.0 += o.0; self.1 += o.1; } }
#[derive(Debug)]
struct Acc(String);
impl AddAssign<&str> for Acc { fn add_assign(&mut self, s: &str) { self.0.push_str(s); } }
fn negate<T: Neg<Output = T>>(x: T) -> T { -x }
fn twice<T: Neg<Output = T> + Copy>(x: T) -> T { -(-x) }
fn acc<T: AddAssign + Copy>(v: &[T], start: T) -> T { let mut s = start; for &x in v { s += x; } s }
fn sub<T: SubAssign>(mut a: T, b: T) -> T { a -= b; a }
fn sum3<T: Add<Output = T> + Copy>(a: T) -> T { a + a + a }
fn into_ref<T: AddAssign + Copy>(r: &mut T, x: T) { *r += x; }
fn main() {
    println!("{} {} {} {}", negate(5i8), negate(-7i64), negate(2.5f32), negate(1i128));
    println!("{:?} {:?}", negate(V(1, -2)), twice(V(3, 4)));
    println!("{} {}", twice(-3i16), negate(0.0f64));
    println!("{} {} {:?}", acc(&[1u8, 2, 3], 10), acc(&[0.5, 0.25], 1.0), acc(&[V(1, 1), V(2, 3)], V(0, 0)));
    println!("{} {} {}", sub(10u32, 3), sub(1.5f64, 2.0), sub(-1i8, 5));
    println!("{} {}", sum3(4u64), sum3(1.5f32));
    let mut z = 5i32; into_ref(&mut z, 6); let mut w = V(1, 1); into_ref(&mut w, V(2, 2));
    println!("{} {:?}", z, w);
}
