//@ compile-fail
//@ spec: 12.11, 17.1
// A Box reached through & or &mut is borrowed, not owned: moving a field out of it, or
// out of a Box field of a borrowed struct, is E0507 (take() or clone() is the fix).
struct Node {
    name: String,
    next: Option<Box<Node>>,
}

struct List {
    head: Box<Node>,
}

fn name_of(b: &Box<Node>) -> String {
    b.name //~ ERROR E0507
}

fn unlink(b: &mut Box<Node>) -> Option<Box<Node>> {
    let rest = b.next; //~ ERROR E0507
    rest
}

fn head_name(l: &List) -> String {
    l.head.name //~ ERROR E0507
}

fn fine(b: &mut Box<Node>) -> Option<Box<Node>> {
    b.next.take()
}

fn main() {
    let mut b = Box::new(Node { name: String::from("a"), next: None });
    println!("{}", name_of(&b));
    println!("{}", unlink(&mut b).is_some());
    println!("{}", fine(&mut b).is_some());
    let l = List { head: b };
    println!("{}", head_name(&l));
}
