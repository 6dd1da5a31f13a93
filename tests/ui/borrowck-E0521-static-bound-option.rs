//@ compile-fail
//@ spec: 20.12
// A borrowed parameter's data wrapped in an `Option` where `T: 'static` is required.
fn stash<T: 'static + std::fmt::Debug>(t: Option<T>) -> usize {
    format!("{:?}", t).len()
}
fn look(s: &String) -> usize {
    stash(Some(s.as_str())) //~ ERROR E0521
}
fn main() {
    println!("{}", look(&String::from("hi")));
}
