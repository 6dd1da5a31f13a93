//@ compile-fail
//@ spec: 12.1, 12.11
// A Box whose field was moved out is partially moved: using it whole is E0382; a Box
// behind a reference gives up no field (E0507).
struct Node {
    name: String,
    next: Option<Box<Node>>,
}

fn consume(_n: Box<Node>) {}

fn peek(n: &Box<Node>) -> Option<Box<Node>> {
    n.next //~ ERROR E0507
}

fn main() {
    let n = Box::new(Node { name: String::from("a"), next: None });
    let name = n.name;
    println!("{}", name);
    consume(n); //~ ERROR E0382
    let m = Box::new(Node { name: String::from("b"), next: None });
    println!("{:?}", peek(&m).is_some());
}
