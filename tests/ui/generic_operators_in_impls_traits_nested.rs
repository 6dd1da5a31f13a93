//@ run-pass
//@ spec: 9.9
use std::ops::{Add, Neg, SubAssign};
use std::cmp::Ordering;
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct M(i64);
impl Add for M { type Output = M; fn add(self, o: M) -> M { M(self.0 + o.0) } }
impl Neg for M { type Output = M; fn neg(self) -> M { M(-self.0) } }
impl SubAssign for M { fn sub_assign(&mut self, o: M) { self.0 -= o.0; } }
struct Stack<T> { items: Vec<T> }
impl<T: PartialOrd + Copy + Neg<Output = T> + SubAssign> Stack<T> {
    fn max(&self) -> Option<T> {
        let mut best: Option<T> = None;
        for &x in &self.items { best = match best { Some(b) if b >= x => Some(b), _ => Some(x) }; }
        best
    }
    fn negated(&self) -> Vec<T> { self.items.iter().map(|&x| -x).collect() }
    fn drain_by(&mut self, d: T) { for x in self.items.iter_mut() { *x -= d; } }
    fn count_if<F: Fn(&T) -> bool>(&self, f: F) -> usize { let mut n = 0; for x in &self.items { if f(x) { n += 1; } } n }
}
trait Score { fn score(&self) -> i64; fn better<O: Score>(&self, o: &O) -> bool { self.score() > o.score() } }
impl Score for M { fn score(&self) -> i64 { self.0 } }
impl Score for u8 { fn score(&self) -> i64 { *self as i64 * 10 } }
fn outer<T: PartialOrd + Copy + Add<Output = T>>(a: T, b: T) -> T { inner(a + b, a) }
fn inner<U: PartialOrd + Copy>(x: U, y: U) -> U { if x < y { x } else { y } }
fn sort3<T: Ord + Copy>(mut v: [T; 3]) -> [T; 3] {
    for i in 0..3 { for j in 0..2 - i { if v[j].cmp(&v[j + 1]) == Ordering::Greater { let t = v[j]; v[j] = v[j + 1]; v[j + 1] = t; } } }
    v
}
fn apply_n<F: FnMut() -> i32>(n: usize, mut f: F) -> Vec<i32> { (0..n).map(|_| f()).collect() }
fn main() {
    let mut s = Stack { items: vec![M(3), M(-7), M(5)] };
    println!("{:?} {:?}", s.max(), s.negated());
    s.drain_by(M(1));
    println!("{:?} {}", s.items, s.count_if(|m| m.0 > 0));
    let f = Stack { items: vec![1.5f32, -0.5, 2.25] };
    println!("{:?} {:?} {}", f.max(), f.negated(), f.count_if(|x| *x < 2.0));
    let i = Stack { items: vec![i8::MIN + 1, 4, 100] };
    println!("{:?} {:?}", i.max(), i.negated());
    println!("{} {}", M(3).better(&2u8), 1u8.better(&M(5)));
    println!("{} {:?} {}", outer(3u16, 4), outer(M(1), M(-5)), outer(0.5f64, 0.25));
    println!("{:?} {:?}", sort3([3, 1, 2]), sort3(['c', 'a', 'b']));
    let mut k = 0;
    println!("{:?}", apply_n(4, || { k += 3; k }));
}
