//@ run-pass
//@ spec: 20.2
// Naive checker: rejects disjoint field borrows taken through a &mut to the struct.
struct Pair { lo: Vec<i32>, hi: Vec<i32> }
fn split(p: &mut Pair, pivot: i32, items: &[i32]) {
    let lo = &mut p.lo;
    let hi = &mut p.hi;
    for &x in items {
        if x < pivot { lo.push(x) } else { hi.push(x) }
    }
}
fn main() {
    let mut p = Pair { lo: Vec::new(), hi: Vec::new() };
    split(&mut p, 5, &[3, 8, 1, 9, 5]);
    println!("{:?} {:?}", p.lo, p.hi);
}
