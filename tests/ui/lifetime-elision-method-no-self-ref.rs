//@ compile-fail
//@ spec: 19.3
struct S;
impl S {
    fn g(x: &str, y: &str) -> &str { //~ ERROR E0106
        x
    }
    fn by_value(self, a: &str, b: &str) -> &str { //~ ERROR E0106
        a
    }
}

fn main() {}
