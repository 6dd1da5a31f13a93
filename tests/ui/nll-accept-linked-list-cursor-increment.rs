//@ run-pass
//@ spec: 20.5
// Naive checker: rejects walking a &mut cursor down a list and writing through it each step.
struct Node { val: i32, next: Option<Box<Node>> }
fn add_all(list: &mut Option<Box<Node>>, k: i32) -> usize {
    let mut cur = list;
    let mut n = 0;
    while let Some(node) = cur {
        node.val += k;
        n += 1;
        cur = &mut node.next;
    }
    n
}
fn main() {
    let tail = Some(Box::new(Node { val: 2, next: None }));
    let mut list = Some(Box::new(Node { val: 1, next: tail }));
    let n = add_all(&mut list, 10);
    let a = list.as_ref().unwrap();
    println!("{} nodes: {} {}", n, a.val, a.next.as_ref().unwrap().val);
}
