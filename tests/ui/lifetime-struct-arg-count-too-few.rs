//@ compile-fail
//@ spec: 19.9
//@ stderr-contains: struct takes 2 lifetime arguments but 1 lifetime argument was supplied
struct S<'a, 'b> {
    r: &'a str,
    q: &'b str,
}
fn f<'a>(s: S<'a>) {} //~ ERROR E0107

fn main() {}
