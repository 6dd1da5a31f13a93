//@ compile-fail
//@ spec: 20.14
// The value with a Drop impl is dropped at the end of main, so the `&mut` loan it holds is live
// until then: the later write conflicts (E0506), though `g` itself is never used again.
struct Guard<'a> { n: &'a mut i32 }
impl<'a> Drop for Guard<'a> {
    fn drop(&mut self) { *self.n += 1; }
}
fn main() {
    let mut count = 0;
    let g = Guard { n: &mut count };
    *g.n += 1;
    count = 10; //~ ERROR E0506
    println!("{}", count);
}
