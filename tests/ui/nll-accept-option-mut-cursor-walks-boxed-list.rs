//@ run-pass
//@ spec: 20.5
// Lexical checker rejects: `cur` keeps `&mut head` in scope after the loop, where `head` is read.
struct Node {
    val: i32,
    next: Option<Box<Node>>,
}
fn main() {
    let mut head = Node { val: 1, next: Some(Box::new(Node { val: 2, next: Some(Box::new(
        Node { val: 3, next: None })) })) };
    let mut cur: Option<&mut Node> = Some(&mut head);
    while let Some(node) = cur {
        node.val *= 10;
        cur = node.next.as_deref_mut();
    }
    let mut sum = 0;
    let mut at = Some(&head);
    while let Some(n) = at {
        sum += n.val;
        at = n.next.as_deref();
    }
    println!("head {} sum {}", head.val, sum);
}
