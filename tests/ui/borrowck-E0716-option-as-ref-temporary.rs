//@ compile-fail
//@ spec: 20.11
// as_ref() of a temporary Option: the reference outlives the temporary.
fn make() -> Option<String> { Some(String::from("v")) }
fn main() {
    let r = make().as_ref().map(|s| s.len() > 0).and(make().as_ref()); //~ ERROR E0716
    println!("{:?}", r);
}
