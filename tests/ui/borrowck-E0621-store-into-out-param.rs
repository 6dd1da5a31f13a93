//@ compile-fail
//@ spec: 20.12
// A `'a` reference written through an out-parameter whose pointee has an elided
// lifetime: rustc asks for `'a` in the out-parameter's type.
fn put<'a>(x: &'a i32, out: &mut &i32) {
    *out = x; //~ ERROR E0621
}
fn main() {
    let a = 1;
    let b = 2;
    let mut r = &b;
    put(&a, &mut r);
    println!("{}", r);
}
