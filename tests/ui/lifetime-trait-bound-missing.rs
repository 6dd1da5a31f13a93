//@ compile-fail
//@ spec: 19.7
//@ stderr-contains: expected named lifetime parameter
// A bound naming a trait without its lifetime argument is E0106, while a `&dyn Named`
// parameter elides it like any input lifetime.
trait Named<'a> {
    fn name(&self) -> &'a str;
}
fn f<T: Named>(t: &T) {} //~ ERROR E0106
fn h(t: &dyn Named) {}

fn main() {}
