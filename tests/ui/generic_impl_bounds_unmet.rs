//@ compile-fail
//@ spec: 14.9
// A generic impl applies only when its bounds hold.
trait Describe { fn describe(&self) -> u32; }
struct Wrapper<T> { inner: T }
impl<T: Copy> Describe for Wrapper<T> { fn describe(&self) -> u32 { 1 } }
struct NoCopy;
fn main() {
    let w = Wrapper { inner: NoCopy };
    println!("{}", w.describe()); //~ ERROR E0599
}
