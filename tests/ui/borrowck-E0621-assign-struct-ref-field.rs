//@ compile-fail
//@ spec: 20.12
// Storing an anonymous-lifetime reference into a `Holder<'a>` field.
struct Holder<'a> { r: &'a i32 }
fn set<'a>(h: &mut Holder<'a>, x: &i32) {
    h.r = x; //~ ERROR E0621
}
fn main() {
    let a = 1;
    let mut h = Holder { r: &a };
    set(&mut h, &2);
    println!("{}", h.r);
}
