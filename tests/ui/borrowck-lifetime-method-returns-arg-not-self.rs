//@ compile-fail
//@ spec: 20.12
// With `&self`, the elided return lifetime is self's: returning the other argument fails.
struct S { name: String }
impl S {
    fn either(&self, other: &str) -> &str {
        if self.name.is_empty() {
            other //~ ERROR lifetime may not live long enough
        } else {
            &self.name
        }
    }
}
fn main() {
    let s = S { name: String::new() };
    println!("{}", s.either("x"));
}
