//@ compile-fail
//@ spec: 19.1
struct S<'a> {
    r: &'a str,
}
fn f(s: S<'a>) {} //~ ERROR E0261

fn main() {}
