//@ run-pass
//@ spec: 20.14
// Naive checker: rejects a Vec<&String> declared before the strings it holds (may_dangle drop).
fn main() {
    let mut names: Vec<&String> = Vec::new();
    let alice = String::from("alice");
    let bob = String::from("bob");
    names.push(&alice);
    names.push(&bob);
    println!("{:?}", names);
}
