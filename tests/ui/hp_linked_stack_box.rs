//@ spec: 17.1, 17.2, 12.4, 16.7
// A singly linked stack whose nodes are Option<Box<Node>>: push/pop move boxes in and
// out with Option::take, peek borrows through as_ref/as_mut, and dropping the stack
// frees every node (each value announces its drop).
struct Item(u32);

impl Drop for Item {
    fn drop(&mut self) {
        println!("  drop item {}", self.0);
    }
}

struct Node {
    value: Item,
    next: Option<Box<Node>>,
}

struct Stack {
    head: Option<Box<Node>>,
    len: usize,
}

impl Stack {
    fn new() -> Stack {
        Stack { head: None, len: 0 }
    }
    fn push(&mut self, v: u32) {
        let old = self.head.take();
        self.head = Some(Box::new(Node { value: Item(v), next: old }));
        self.len += 1;
    }
    fn pop(&mut self) -> Option<Item> {
        match self.head.take() {
            Some(node) => {
                let node = *node;
                self.head = node.next;
                self.len -= 1;
                Some(node.value)
            }
            None => None,
        }
    }
    fn peek(&self) -> Option<u32> {
        self.head.as_ref().map(|n| n.value.0)
    }
    fn bump_top(&mut self) {
        if let Some(n) = self.head.as_mut() {
            n.value.0 += 100;
        }
    }
    fn values(&self) -> Vec<u32> {
        let mut out = Vec::new();
        let mut cur = &self.head;
        while let Some(n) = cur {
            out.push(n.value.0);
            cur = &n.next;
        }
        out
    }
}

fn main() {
    let mut s = Stack::new();
    println!("peek empty: {:?}", s.peek());
    for v in 1..=4 {
        s.push(v);
    }
    println!("values {:?} len {}", s.values(), s.len);
    s.bump_top();
    println!("peek {:?}", s.peek());
    if let Some(top) = s.pop() {
        println!("popped {}", top.0);
    }
    println!("after pop {:?}", s.values());
    let second = s.pop();
    println!("holding {:?}", second.as_ref().map(|i| i.0));
    drop(second);
    println!("dropping stack with {} items", s.len);
    drop(s);
    println!("done");
}
