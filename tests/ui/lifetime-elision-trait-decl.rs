//@ compile-fail
//@ spec: 19.3
//@ stderr-contains: borrowed from argument 1 or argument 2
trait Tr {
    fn n(a: &i32, b: &i32) -> &i32; //~ ERROR E0106
}

fn main() {}
