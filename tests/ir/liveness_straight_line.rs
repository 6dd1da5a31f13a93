//@ run-pass
//@ check-liveness
//@ spec: 9.3
// Liveness in straight-line code: a local is live from its last overwrite up to its last
// read; a move is a read; a reassignment kills the old value (so `a` is dead between its
// last read and `a = 10`); a borrow keeps the borrowed local live up to the borrow.
fn straight(x: i32) -> i32 {
    let mut a = x + 1;
    let b = a * 2;
    a = 10;
    let r = &a;
    b + *r
}

fn main() {
    let v = straight(3);
    assert!(v == 18);
}
