//@ compile-fail
//@ spec: 19.9
//@ stderr-contains: trait takes 1 lifetime argument but 2 lifetime arguments were supplied
// A trait path gets exactly the lifetime arguments its trait declares.
trait Named<'a> {
    fn name(&self) -> &'a str;
}
fn g<'a, T: Named<'a, 'a>>(t: &T) {} //~ ERROR E0107

fn main() {}
