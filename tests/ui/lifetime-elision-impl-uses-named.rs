//@ compile-fail
//@ spec: 19.3
//@ stderr-contains: consider using the `'a` lifetime
struct S<'a> {
    r: &'a str,
}
impl<'a> S<'a> {
    fn g(x: &str, y: &str) -> &str { //~ ERROR E0106
        x
    }
}

fn main() {}
