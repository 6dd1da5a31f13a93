//@ run-pass
//@ spec: 20.14
// A shared reference field of a type with a Drop impl can be copied out and returned: it
// is no borrow of the value itself (compare E0713 for a reborrow of a `&mut` field).
struct Guard<'a> { tag: &'a str, count: usize }
impl<'a> Drop for Guard<'a> {
    fn drop(&mut self) { println!("drop {}", self.count); }
}
fn tag_of<'a>(g: Guard<'a>) -> &'a str {
    g.tag
}
fn main() {
    let t = tag_of(Guard { tag: "g", count: 3 });
    println!("{}", t);
}
