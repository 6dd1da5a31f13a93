//@ run-pass
//@ spec: 20.5
// Naive checker: rejects `cur = &mut node.next` (reassigning the cursor to a reborrow of itself).
struct Node { val: i32, next: Option<Box<Node>> }
fn append(head: &mut Option<Box<Node>>, val: i32) {
    let mut cur = head;
    while let Some(node) = cur {
        cur = &mut node.next;
    }
    *cur = Some(Box::new(Node { val, next: None }));
}
fn main() {
    let mut head = None;
    for i in 1..5 { append(&mut head, i * i); }
    let mut p = &head;
    while let Some(n) = p {
        print!("{} ", n.val);
        p = &n.next;
    }
    println!();
}
