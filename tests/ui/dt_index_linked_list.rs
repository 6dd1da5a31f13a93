//@ run-pass
//@ spec: 11.1 11.3 11.7 11.9
// A singly linked list stored in parallel arrays, with links as an enum of indices and a free list.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Link { Nil, At(usize) }

#[derive(Debug, Clone, Copy)]
struct Node { val: i32, next: Link }

struct List {
    nodes: [Node; 8],
    head: Link,
    free: Link,
}

impl List {
    fn new() -> List {
        let mut nodes = [Node { val: 0, next: Link::Nil }; 8];
        for i in 0..7 { nodes[i].next = Link::At(i + 1); }
        List { nodes, head: Link::Nil, free: Link::At(0) }
    }
    fn alloc(&mut self) -> Link {
        let l = self.free;
        if let Link::At(i) = l { self.free = self.nodes[i].next; }
        l
    }
    fn push_front(&mut self, v: i32) -> bool {
        match self.alloc() {
            Link::Nil => false,
            Link::At(i) => {
                self.nodes[i] = Node { val: v, next: self.head };
                self.head = Link::At(i);
                true
            }
        }
    }
    fn remove(&mut self, v: i32) -> bool {
        let mut prev = Link::Nil;
        let mut cur = self.head;
        while let Link::At(i) = cur {
            if self.nodes[i].val == v {
                let after = self.nodes[i].next;
                match prev {
                    Link::Nil => self.head = after,
                    Link::At(p) => self.nodes[p].next = after,
                }
                self.nodes[i].next = self.free;
                self.free = Link::At(i);
                return true;
            }
            prev = cur;
            cur = self.nodes[i].next;
        }
        false
    }
    fn print(&self) {
        let mut cur = self.head;
        print!("list:");
        while let Link::At(i) = cur {
            print!(" {}@{}", self.nodes[i].val, i);
            cur = self.nodes[i].next;
        }
        println!();
    }
}

fn main() {
    let mut l = List::new();
    for v in [10, 20, 30, 40] { l.push_front(v); }
    l.print();
    println!("remove 30: {}, remove 99: {}", l.remove(30), l.remove(99));
    l.print();
    println!("remove head 40: {}", l.remove(40));
    let mut v = 50;
    while l.push_front(v) { v += 10; }
    l.print();
    println!("free is {:?}, head is {:?}", l.free, l.head);
    println!("{:?}", l.nodes[0]);
}
