//@ compile-fail
//@ spec: 12.11, 17.1
// `*r` through a reference cannot be moved out of, even when the referent is a Box, and
// even through `&mut`: moving out of an owned Box is fine, but not one reached by borrowing.
struct Node {
    label: String,
}

fn take_label(n: &Node) -> String {
    let Node { label } = *n; //~ ERROR E0507
    label
}

fn unbox(b: &Box<Node>) -> Node {
    *(*b) //~ ERROR E0507
}

fn swap_out(r: &mut String) -> String {
    *r //~ ERROR E0507
}

fn main() {
    let owned = Box::new(Node { label: String::from("root") });
    let inner = *owned;
    let b = Box::new(Node { label: String::from("leaf") });
    let mut s = String::from("x");
    println!("{} {} {} {}", inner.label, take_label(&inner), unbox(&b).label, swap_out(&mut s));
}
