//@ spec: 14.17
// Several impls of one operator trait for a type, told apart by the right-hand type.
use std::ops::{Mul, MulAssign, Index};
#[derive(Debug, Clone, Copy, PartialEq)]
struct V(f64, f64);
impl Mul<f64> for V { type Output = V; fn mul(self, k: f64) -> V { V(self.0 * k, self.1 * k) } }
impl Mul<V> for V { type Output = f64; fn mul(self, o: V) -> f64 { self.0 * o.0 + self.1 * o.1 } }
impl Mul<i32> for V { type Output = V; fn mul(self, k: i32) -> V { self * (k as f64) } }
impl MulAssign<f64> for V { fn mul_assign(&mut self, k: f64) { self.0 *= k; self.1 *= k; } }
impl MulAssign<V> for V { fn mul_assign(&mut self, o: V) { self.0 *= o.0; self.1 *= o.1; } }
impl PartialEq<f64> for V { fn eq(&self, o: &f64) -> bool { self.0 == *o && self.1 == *o } }
struct M { rows: [[i32; 2]; 2] }
impl Index<usize> for M { type Output = [i32; 2]; fn index(&self, r: usize) -> &[i32; 2] { &self.rows[r] } }
impl Index<(usize, usize)> for M { type Output = i32; fn index(&self, (r, c): (usize, usize)) -> &i32 { &self.rows[r][c] } }
fn main() {
    let a = V(1.0, 2.0);
    let b = a * 2.0;
    let d: f64 = a * b;
    let c = a * 3;
    let mut e = a;
    e *= 10.0;
    e *= V(0.5, 0.25);
    println!("{:?} {} {:?} {:?} {} {}", b, d, c, e, V(2.0, 2.0) == 2.0, a == V(1.0, 2.0));
    let m = M { rows: [[1, 2], [3, 4]] };
    println!("{:?} {} {}", m[1], m[(0, 1)], m[0][0]);
}
