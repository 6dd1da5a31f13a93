//@ compile-fail
//@ spec: 19.6
struct S<'a> {
    r: &'a str,
}
impl S { //~ ERROR E0726
    fn f(&self) -> &str {
        self.r
    }
}

fn main() {}
