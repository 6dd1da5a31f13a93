//@ compile-fail
//@ spec: 20.14
// A Box of a type with a Drop impl: dropping the Box runs that Drop, which uses the borrow.
struct Note<'a> { text: &'a String }
impl<'a> Drop for Note<'a> {
    fn drop(&mut self) { println!("{}", self.text); }
}
fn main() {
    let b;
    {
        let s = String::from("note");
        b = Box::new(Note { text: &s }); //~ ERROR E0597
    }
}
