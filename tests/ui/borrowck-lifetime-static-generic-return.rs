//@ compile-fail
//@ spec: 20.12
// A generic `T: 'static` does not make a borrowed `&T` live for 'static.
fn forever<T: 'static>(t: &T) -> &'static T {
    t //~ ERROR lifetime may not live long enough
}
fn main() {
    println!("{}", forever(&3));
}
