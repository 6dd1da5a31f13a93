//@ compile-fail
//@ spec: 20.17
// NLL problem case #3 with a shared result: the `&mut self` reborrow returned on one path
// blocks even a read of `c.vals` on the other (`c.misses` is a disjoint field: fine).
struct Cache { vals: Vec<i32>, misses: u32 }
fn lookup(c: &mut Cache, i: usize) -> &i32 {
    if let Some(x) = c.vals.get_mut(i) {
        return x;
    }
    c.misses += 1;
    &c.vals[0] //~ ERROR E0502
}
fn main() {
    let mut c = Cache { vals: vec![4], misses: 0 };
    println!("{}", lookup(&mut c, 3));
}
