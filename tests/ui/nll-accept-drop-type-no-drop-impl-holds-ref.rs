//@ run-pass
//@ spec: 20.14
// Naive checker: treats the end of scope of a struct holding a reference as a use of the borrow.
struct Holder<'a> { r: &'a mut i32 }
fn main() {
    let mut n = 1;
    let h = Holder { r: &mut n };
    *h.r += 1;
    n += 100;
    println!("{}", n);
}
