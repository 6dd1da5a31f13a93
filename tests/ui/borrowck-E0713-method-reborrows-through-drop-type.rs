//@ compile-fail
//@ spec: 20.14
// A method taking a Drop type by value returns a reborrow of its `&mut` field.
struct Lock<'a> { data: &'a mut Vec<i32> }
impl<'a> Drop for Lock<'a> {
    fn drop(&mut self) { self.data.clear(); }
}
impl<'a> Lock<'a> {
    fn into_data(self) -> &'a mut Vec<i32> {
        &mut *self.data //~ ERROR E0713
    }
}
fn main() {
    let mut v = vec![1];
    let l = Lock { data: &mut v };
    l.into_data().push(2);
    println!("{:?}", v);
}
