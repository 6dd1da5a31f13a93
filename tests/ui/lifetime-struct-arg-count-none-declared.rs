//@ compile-fail
//@ spec: 19.9
//@ stderr-contains: enum takes 0 lifetime arguments but 2 lifetime arguments were supplied
struct Z;
enum E { A }
fn g<'a>(z: Z<'a>) {} //~ ERROR E0107
fn h<'a>(e: E<'a, 'a>) {} //~ ERROR E0107

fn main() {}
