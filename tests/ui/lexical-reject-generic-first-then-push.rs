//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// A generic fn's returned reference carries the argument's loan into `f`'s scope.
fn first<T>(xs: &[T]) -> &T {
    &xs[0]
}

fn main() {
    let mut v = vec![5, 6];
    let f = first(&v);
    println!("{}", f);
    v.push(7); //~ ERROR E0502
    println!("{:?}", v);
}
