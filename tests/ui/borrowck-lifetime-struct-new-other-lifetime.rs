//@ compile-fail
//@ spec: 20.12
// A constructor builds `Holder<'a>` from a `&'b` reference with no `'b: 'a`.
struct Holder<'a> { r: &'a i32 }
impl<'a> Holder<'a> {
    fn make<'b>(r: &'b i32) -> Holder<'a> {
        Holder { r } //~ ERROR lifetime may not live long enough
    }
}
fn main() {
    let x = 1;
    let h: Holder = Holder::make(&x);
    println!("{}", h.r);
}
