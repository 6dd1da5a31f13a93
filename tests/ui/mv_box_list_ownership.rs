//@ spec: 17.1, 17.2, 12.9
// A singly linked list of Box nodes is built and taken apart purely by moves: pushing
// moves the old head into the new node, popping uses Option::take to detach it, and
// `*boxed` moves a node out of its Box.
struct Node {
    value: String,
    next: Option<Box<Node>>,
}

struct Stack {
    head: Option<Box<Node>>,
    len: usize,
}

impl Stack {
    fn push(&mut self, v: &str) {
        let old = self.head.take();
        self.head = Some(Box::new(Node { value: v.to_string(), next: old }));
        self.len += 1;
    }
    fn pop(&mut self) -> Option<String> {
        match self.head.take() {
            Some(boxed) => {
                let node = *boxed;
                self.head = node.next;
                self.len -= 1;
                Some(node.value)
            }
            None => None,
        }
    }
    fn peek(&self) -> Option<&String> {
        match &self.head {
            Some(n) => Some(&n.value),
            None => None,
        }
    }
}

fn main() {
    let mut s = Stack { head: None, len: 0 };
    for w in ["a", "b", "c", "d"] {
        s.push(w);
    }
    println!("len {} top {:?}", s.len, s.peek());
    let first = s.pop();
    let second = s.pop();
    println!("{:?} {:?} len {}", first, second, s.len);
    let b = Box::new(String::from("boxed"));
    let inner: String = *b;
    println!("{}", inner);
    let moved_stack = s;
    println!("moved len {} top {:?}", moved_stack.len, moved_stack.peek());
}
