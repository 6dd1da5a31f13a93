//@ run-pass
//@ compile-flags: --borrowck=polonius
//@ spec: 21.3
// NLL rejects, polonius accepts. The loan behind the returned field reference is only live on the
// return path; the assignment to head.next is on the other.
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn last_or_new(head: &mut Node) -> &mut i32 {
    if let Some(n) = head.next.as_mut() {
        return &mut n.value;
    }
    head.next = Some(Box::new(Node { value: 0, next: None }));
    &mut head.next.as_mut().unwrap().value
}

fn main() {
    let mut n = Node { value: 1, next: None };
    *last_or_new(&mut n) += 7;
    *last_or_new(&mut n) += 7;
    println!("{}", n.next.as_ref().unwrap().value);
}
