//@ spec: 14.9
// Generic trait impls: impl<T: Display> Display for Wrapper<T>, bounds choosing where an impl applies.
use std::fmt;
trait Describe { fn describe(&self) -> u32; fn twice(&self) -> u32 { self.describe() * 2 } }
struct Wrapper<T> { inner: T }
#[derive(Debug)]
struct Pair<A, B> { a: A, b: B }
impl<T: fmt::Display> fmt::Display for Wrapper<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "[{}]", self.inner) }
}
impl<T: Copy + Into32> Describe for Wrapper<T> { fn describe(&self) -> u32 { self.inner.to32() + 100 } }
trait Into32 { fn to32(&self) -> u32; }
impl Into32 for u8 { fn to32(&self) -> u32 { *self as u32 } }
impl Into32 for bool { fn to32(&self) -> u32 { if *self { 1 } else { 0 } } }
impl<A: Into32, B: Into32> Describe for Pair<A, B> { fn describe(&self) -> u32 { self.a.to32() * 10 + self.b.to32() } }
fn report<T: Describe>(x: &T) -> u32 { x.describe() + x.twice() }
fn main() {
    let w = Wrapper { inner: 7u8 };
    println!("{} {} {}", w, Wrapper { inner: "text" }, Wrapper { inner: Wrapper { inner: 2.5 } });
    println!("{} {}", w.describe(), Wrapper { inner: true }.twice());
    let p = Pair { a: 3u8, b: false };
    println!("{} {} {:?}", p.describe(), report(&p), p);
    println!("{}", report(&w));
}
