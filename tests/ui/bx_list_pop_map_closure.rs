//@ spec: 12.7, 17.1
// pop via take().map(|node| ...) moves two fields out of the box inside a closure; the
// Box's memory is freed without dropping the moved fields a second time.
struct Label(String);
impl Drop for Label {
    fn drop(&mut self) {
        println!("  drop label {}", self.0);
    }
}

struct Node {
    label: Label,
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
    fn push(&mut self, s: &str) {
        let node = Box::new(Node { label: Label(s.to_string()), next: self.head.take() });
        self.head = Some(node);
        self.len += 1;
    }
    fn pop(&mut self) -> Option<Label> {
        self.head.take().map(|node| {
            self.head = node.next;
            self.len -= 1;
            node.label
        })
    }
    fn pop_name(&mut self) -> Option<String> {
        let node = self.head.take()?;
        self.head = node.next;
        self.len -= 1;
        let Label(ref s) = node.label;
        Some(s.clone())
    }
}

fn main() {
    let mut st = Stack::new();
    for w in ["alpha", "beta", "gamma", "delta"] {
        st.push(w);
    }
    println!("len {}", st.len);
    if let Some(l) = st.pop() {
        println!("popped {}", l.0);
    }
    println!("after first pop");
    let n = st.pop_name();
    println!("pop_name {:?}", n);
    let mut all: Vec<String> = Vec::new();
    while let Some(l) = st.pop() {
        all.push(l.0.clone());
    }
    println!("rest {:?}", all);
    println!("len {}", st.len);
}
