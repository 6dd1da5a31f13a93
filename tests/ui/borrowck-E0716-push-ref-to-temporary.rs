//@ compile-fail
//@ spec: 20.11
// Pushing a reference to a temporary into a Vec that is used later.
fn main() {
    let mut v: Vec<&String> = Vec::new();
    v.push(&String::from("gone")); //~ ERROR E0716
    println!("{:?}", v);
}
