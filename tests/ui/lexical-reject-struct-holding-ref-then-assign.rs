//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// A struct that holds a reference: the region in its type lives as long as the struct's
// storage.
struct View<'a> {
    n: &'a i32,
}

fn main() {
    let mut x = 7;
    let view = View { n: &x };
    println!("{}", view.n);
    x += 1; //~ ERROR E0506
    println!("{}", x);
}
