//@ compile-fail
//@ spec: 20.13
// A `move` closure stops its capture at a deref: using `b.name` takes the whole Box, so
// `b.count` is gone afterwards.
struct S {
    count: u32,
    name: String,
}
fn main() {
    let b = Box::new(S { count: 0, name: String::from("box") });
    let c = move || println!("{}", b.name);
    c();
    println!("{}", b.count); //~ ERROR E0382
}
