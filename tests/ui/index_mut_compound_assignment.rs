//@ run-pass
//@ spec: 9.5
// Compound assignment to an indexed place goes through IndexMut (Vec's through
// DerefMut to its slice): `w[i] += x` with a user `AddAssign` borrows the element
// mutably (it was rejected with E0596), and `v[i] += v.len()` on a primitive element
// evaluates the right-hand side first, as rustc does, so it is accepted.
use std::ops::{AddAssign, Index, IndexMut};
#[derive(Debug)]
struct Meters(u32);
impl AddAssign<u32> for Meters {
    fn add_assign(&mut self, rhs: u32) {
        self.0 += rhs;
    }
}
struct Grid {
    cells: Vec<Meters>,
}
impl Index<usize> for Grid {
    type Output = Meters;
    fn index(&self, i: usize) -> &Meters {
        &self.cells[i]
    }
}
impl IndexMut<usize> for Grid {
    fn index_mut(&mut self, i: usize) -> &mut Meters {
        &mut self.cells[i]
    }
}
fn main() {
    let mut v = vec![1usize, 2, 3];
    let i = 1;
    v[i] += v.len();
    let mut w = vec![Meters(1), Meters(2)];
    w[0] += 5;
    w[i] += 10;
    let mut arr = [Meters(4), Meters(6)];
    arr[1] += 1;
    let mut g = Grid { cells: vec![Meters(0), Meters(9)] };
    g[1] += 3;
    println!("{:?} {:?} {:?} {:?}", v, w, arr, g[1]);
}
