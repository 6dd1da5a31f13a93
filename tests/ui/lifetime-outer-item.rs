//@ compile-fail
//@ spec: 19.1
fn f<'a>(x: &'a i32) {
    fn inner(y: &'a i32) {} //~ ERROR E0401
}

fn main() {}
