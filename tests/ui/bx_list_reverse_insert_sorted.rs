//@ spec: 12.7, 17.1
// The classic Option<Box<Node>> list rewired by moving node.next out of owned boxes:
// reverse and sorted insertion must keep every node exactly once and free each on drop.
struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("  drop node {}", self.val);
    }
}

fn push(head: Option<Box<Node>>, val: i32) -> Option<Box<Node>> {
    Some(Box::new(Node { val, next: head }))
}

fn reverse(mut head: Option<Box<Node>>) -> Option<Box<Node>> {
    let mut out: Option<Box<Node>> = None;
    while let Some(mut node) = head {
        head = node.next.take();
        node.next = out;
        out = Some(node);
    }
    out
}

fn insert_sorted(head: Option<Box<Node>>, val: i32) -> Option<Box<Node>> {
    match head {
        None => push(None, val),
        Some(mut node) => {
            if val <= node.val {
                push(Some(node), val)
            } else {
                node.next = insert_sorted(node.next.take(), val);
                Some(node)
            }
        }
    }
}

fn show(head: &Option<Box<Node>>) {
    let mut cur = head;
    let mut s = String::new();
    while let Some(node) = cur {
        s.push_str(&format!("{} ", node.val));
        cur = &node.next;
    }
    println!("list: {}", s);
}

fn main() {
    let mut list = None;
    for v in [1, 2, 3] {
        list = push(list, v);
    }
    show(&list);
    list = reverse(list);
    show(&list);
    let mut sorted = None;
    for v in [5, 1, 4, 2, 3] {
        sorted = insert_sorted(sorted, v);
    }
    show(&sorted);
    println!("dropping reversed");
    drop(list);
    println!("end");
}
