//@ compile-fail
//@ spec: 20.8
// Writing `*m` while a shared reborrow `&*m` is still used.
fn set(m: &mut i32) {
    let r = &*m;
    *m = 7; //~ ERROR E0506
    println!("{}", r);
}
fn main() {
    let mut x = 0;
    set(&mut x);
    println!("{}", x);
}
