//@ compile-fail
//@ spec: 20.12
// Returning a borrowed parameter's contents as `&'static str`.
fn leak(x: &String) -> &'static str {
    x.as_str() //~ ERROR lifetime may not live long enough
}
fn main() {
    let s = String::from("a");
    println!("{}", leak(&s));
}
