//@ compile-fail
//@ spec: 20.12
// A `&self` method returns a borrow of a field as `&'static str`.
struct S { name: String }
impl S {
    fn name(&self) -> &'static str {
        &self.name //~ ERROR lifetime may not live long enough
    }
}
fn main() {
    let s = S { name: String::from("x") };
    println!("{}", s.name());
}
