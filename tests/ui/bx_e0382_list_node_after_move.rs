//@ compile-fail
//@ spec: 12.1.1, 12.7
// After `node.next` is moved out of a list node's box the box is partial: passing it,
// returning it or printing it whole is E0382, while its other fields stay readable.
#[derive(Debug)]
struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

fn keep(_n: Box<Node>) {}

fn pop(head: Box<Node>) -> (i32, Option<Box<Node>>) {
    let rest = head.next;
    let v = head.val;
    keep(head); //~ ERROR E0382
    (v, rest)
}

fn detach(n: Box<Node>) -> Box<Node> {
    let _tail = n.next;
    n //~ ERROR E0382
}

fn main() {
    let n = Box::new(Node { val: 1, next: Some(Box::new(Node { val: 2, next: None })) });
    let (v, rest) = pop(n);
    println!("{} {}", v, rest.is_some());
    let m = Box::new(Node { val: 3, next: None });
    let inner = m.next;
    println!("{:?}", m); //~ ERROR E0382
    println!("{:?}", inner);
    let d = detach(Box::new(Node { val: 4, next: None }));
    println!("{}", d.val);
}
