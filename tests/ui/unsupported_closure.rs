//@ compile-fail
//@ subset-limit: rustc accepts this; Patina names the missing feature
//@ spec: 1.2, 15.1
fn keep<T: Copy>(x: T) -> T {
    let id = |v: T| v; //~ ERROR closures inside generic functions are not supported
    id(x)
}

fn main() {
    println!("{}", keep(3));
}
