//@ compile-fail
//@ spec: 13.7
// A generic fn that calls itself with a bigger type argument needs an instance per level:
// monomorphization stops at rustc's recursion limit (128) with a fatal error.
use std::fmt::Debug;

fn wrap<T: Debug>(x: T, n: u32) {
    if n > 0 {
        wrap::<Option<T>>(Some(x), n - 1) //~ ERROR reached the recursion limit while instantiating `wrap::<Option<Option<Option<Option<Option<Option<Option<...>>>>>>>>`
    } else {
        println!("{:?}", x);
    }
}

fn main() {
    wrap(1, 3);
}
