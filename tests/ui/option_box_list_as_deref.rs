//@ spec: 17.1, 13.5
// A singly linked list of `Option<Box<Node>>` in the usual style: `take`, `as_ref`,
// `as_mut`, `as_deref` to walk without moving, reversal by relinking, and `*b` to take a
// node out of its box.
#[derive(Debug)]
struct Node {
    val: i32,
    next: Option<Box<Node>>,
}
struct List {
    head: Option<Box<Node>>,
    len: usize,
}
impl List {
    fn new() -> Self {
        List { head: None, len: 0 }
    }
    fn push(&mut self, v: i32) {
        let old = self.head.take();
        self.head = Some(Box::new(Node { val: v, next: old }));
        self.len += 1;
    }
    fn pop(&mut self) -> Option<i32> {
        self.head.take().map(|b| {
            let n = *b;
            self.head = n.next;
            self.len -= 1;
            n.val
        })
    }
    fn peek(&self) -> Option<&i32> {
        self.head.as_ref().map(|n| &n.val)
    }
    fn peek_mut(&mut self) -> Option<&mut i32> {
        self.head.as_mut().map(|n| &mut n.val)
    }
    fn reverse(&mut self) {
        let mut prev: Option<Box<Node>> = None;
        let mut cur = self.head.take();
        while let Some(mut node) = cur {
            cur = node.next.take();
            node.next = prev;
            prev = Some(node);
        }
        self.head = prev;
    }
    fn to_vec(&self) -> Vec<i32> {
        let mut v = Vec::new();
        let mut cur = &self.head;
        while let Some(n) = cur {
            v.push(n.val);
            cur = &n.next;
        }
        v
    }
    fn sum(&self) -> i32 {
        let mut s = 0;
        let mut cur = self.head.as_deref();
        while let Some(n) = cur {
            s += n.val;
            cur = n.next.as_deref();
        }
        s
    }
}
fn main() {
    let mut l = List::new();
    for i in 1..=5 {
        l.push(i * i);
    }
    println!("{:?} {:?} len {}", l.to_vec(), l.peek(), l.len);
    if let Some(v) = l.peek_mut() {
        *v += 100;
    }
    l.reverse();
    println!("{:?} sum {}", l.to_vec(), l.sum());
    while let Some(v) = l.pop() {
        print!("{} ", v);
    }
    println!("| {:?}", l.pop());
}
