//@ compile-fail
//@ spec: 13.1
// Nothing fixes the type parameter of a generic fn that returns an empty Option.
fn nothing<T>() -> Option<T> {
    None
}

fn main() {
    let e = nothing(); //~ ERROR E0282
    println!("{}", e.is_none());
}
