//@ compile-fail
//@ spec: 20.12
// A method of `Holder<'a>` stores an anonymous-lifetime parameter into a `&'a` field.
struct Holder<'a> { r: &'a i32 }
impl<'a> Holder<'a> {
    fn set(&mut self, x: &i32) {
        self.r = x; //~ ERROR E0621
    }
}
fn main() {
    let a = 1;
    let mut h = Holder { r: &a };
    h.set(&2);
    println!("{}", h.r);
}
