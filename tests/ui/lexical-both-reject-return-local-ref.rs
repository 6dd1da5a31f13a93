//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// Returning a reference to a local: E0515 under every rule.
fn make() -> &'static Vec<i32> {
    let v = vec![1];
    &v //~ ERROR E0515
}

fn main() {
    println!("{:?}", make());
}
