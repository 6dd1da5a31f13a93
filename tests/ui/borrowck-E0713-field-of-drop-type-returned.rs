//@ compile-fail
//@ spec: 20.14
// A `&'a str` field can be copied out (it is Copy), but a reborrow of a `&mut` field of a Drop
// type that dies here cannot be returned.
struct Guard<'a> { data: &'a mut Vec<i32>, tag: &'a str }
impl<'a> Drop for Guard<'a> {
    fn drop(&mut self) { self.data.push(0); }
}
fn open<'a>(g: Guard<'a>) -> (&'a str, &'a mut i32) {
    let t = g.tag;
    (t, &mut g.data[0]) //~ ERROR E0713
}
fn main() {
    let mut v = vec![1];
    let (t, r) = open(Guard { data: &mut v, tag: "g" });
    *r += 1;
    println!("{}", t);
    println!("{:?}", v);
}
