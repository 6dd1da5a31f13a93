//@ compile-fail
//@ spec: 19.9
//@ stderr-contains: struct takes 1 lifetime argument but 2 lifetime arguments were supplied
struct S<'a> {
    r: &'a str,
}
fn g<'a>(s: S<'a, 'a>) {} //~ ERROR E0107

fn main() {}
