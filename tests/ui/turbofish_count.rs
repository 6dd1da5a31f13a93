//@ compile-fail
//@ spec: 13.6
// A turbofish gives exactly the fn's type parameters.
fn pair<A, B>(a: A, b: B) -> (A, B) {
    (a, b)
}

fn main() {
    let p = pair::<u8>(1, 2); //~ ERROR E0107
    println!("{:?}", p);
}
