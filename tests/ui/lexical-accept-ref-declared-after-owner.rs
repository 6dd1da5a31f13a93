//@ run-pass
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// Declared after what it borrows, a reference dies first: the owner outlives the loan.
struct Node {
    label: String,
}

fn main() {
    let n = Node { label: String::from("root") };
    let l = &n.label;
    let v = vec![1, 2];
    let first = &v[0];
    println!("{} {}", l, first);
}
