//@ run-pass
//@ check-ir
//@ spec: 9.4 9.6
// `a[i]` copies the index into a fresh temporary with its own storage (nothing can change
// it between the bounds check and the access); an array's length is a constant, so the
// array itself is read for the borrow checker only, `FakeRead(ForIndex, a)`, where rustc
// 1.95 puts it; a slice's length is read by `Len`. An `if` on an element copies the
// element into a temporary of its own before the index's temporary dies.
fn pick(a: [u32; 3], s: &[u32], i: usize) -> u32 {
    let x = a[i];
    let y = s[i];
    if s[0] > 1 { x + y } else { x }
}
fn main() {
    println!("{}", pick([1, 2, 3], &[4, 5, 6], 1));
}
