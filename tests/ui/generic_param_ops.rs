//@ compile-fail
//@ spec: 13.3
// Without bounds, a type parameter supports no operators.
fn add<T>(a: T, b: T) -> T {
    a + b //~ ERROR E0369
}

fn main() {
    println!("{}", add(1, 2));
}
