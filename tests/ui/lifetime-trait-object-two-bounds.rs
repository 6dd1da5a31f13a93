//@ compile-fail
//@ spec: 19.9
trait T {}
fn f<'a>(x: &'a (dyn T + 'a + 'static)) {} //~ ERROR E0226

fn main() {}
