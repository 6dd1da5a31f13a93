//@ run-fail
//@ exit-code: 134
//@ spec: 8.4
// Dropping a very long Box list recurses once per node and overflows the stack: the
// program aborts like rustc's, and the lines printed before are not lost.
struct Node {
    next: Option<Box<Node>>,
}

fn main() {
    let mut head: Option<Box<Node>> = None;
    for _ in 0..1_000_000 {
        head = Some(Box::new(Node { next: head }));
    }
    println!("built");
    drop(head);
    println!("dropped");
}
