//@ compile-fail
//@ spec: 19.1
trait Get {
    fn get(&self) -> i32;
}
struct S;
impl Get for S {
    fn get(&self) -> i32 {
        let r: &'m i32 = &3; //~ ERROR E0261
        *r
    }
}

fn main() {}
