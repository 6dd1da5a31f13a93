//@ run-pass
//@ check-ir
//@ spec: 9.5
// Compound assignment through IndexMut borrows plainly, as rustc's: `v[i] += v.len()`
// evaluates `v.len()` first, then `index_mut(&mut v, i)` (reached through DerefMut for a
// Vec) and adds in place; `w[i] += 5` with a user AddAssign borrows the element with
// IndexMut, then autorefs it two-phase for add_assign.
use std::ops::AddAssign;
struct Meters(u32);
impl AddAssign<u32> for Meters {
    fn add_assign(&mut self, rhs: u32) {
        self.0 += rhs;
    }
}
fn main() {
    let mut v = vec![1usize, 2];
    let i = 1;
    v[i] += v.len();
    let mut w = vec![Meters(1)];
    w[0] += 5;
    println!("{} {}", v[1], w[0].0);
}
