//@ compile-fail
//@ spec: 21.7
// E0515: the loan of a local is returned: it would outlive the function.
fn make() -> &'static Vec<i32> {
    let v = vec![1];
    &v //~ ERROR E0515
}

fn main() {
    println!("{:?}", make());
}
