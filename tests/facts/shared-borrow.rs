//@ run-pass
//@ spec: 21.9
// A shared loan of x, read through r: one loan, its issue, and where x's storage kills it.
fn main() {
    let x = 1;
    let r = &x;
    let _y = *r;
}
