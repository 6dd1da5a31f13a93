//@ compile-fail
//@ spec: 19.1
struct S<'a> {
    a: &'a i32,
}
impl S<'x> { //~ ERROR E0261
    fn get(&self) -> i32 {
        *self.a
    }
}

fn main() {}
