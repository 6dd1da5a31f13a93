//@ spec: 17.1, 17.2, 16.1, 12.9, 16.7
// A singly linked list over Option<Box<Node<T>>>: push/pop move boxes with Option::take,
// reverse relinks nodes in place, and a hand-written Iterator borrows node by node.
struct Node<T> {
    value: T,
    next: Option<Box<Node<T>>>,
}

struct List<T> {
    head: Option<Box<Node<T>>>,
    len: usize,
}

impl<T> List<T> {
    fn new() -> Self {
        List { head: None, len: 0 }
    }
    fn push(&mut self, value: T) {
        let old = self.head.take();
        self.head = Some(Box::new(Node { value, next: old }));
        self.len += 1;
    }
    fn pop(&mut self) -> Option<T> {
        match self.head.take() {
            None => None,
            Some(node) => {
                let node = *node;
                self.head = node.next;
                self.len -= 1;
                Some(node.value)
            }
        }
    }
    fn reverse(&mut self) {
        let mut prev: Option<Box<Node<T>>> = None;
        let mut cur = self.head.take();
        while let Some(mut node) = cur {
            cur = node.next.take();
            node.next = prev;
            prev = Some(node);
        }
        self.head = prev;
    }
    fn iter(&self) -> ListIter<'_, T> {
        ListIter { next: self.head.as_ref() }
    }
}

struct ListIter<'a, T> {
    next: Option<&'a Box<Node<T>>>,
}

impl<'a, T> Iterator for ListIter<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<&'a T> {
        match self.next {
            None => None,
            Some(node) => {
                self.next = node.next.as_ref();
                Some(&node.value)
            }
        }
    }
}

fn main() {
    let mut list = List::new();
    for w in ["ant", "bee", "cat", "dog"] {
        list.push(w.to_string());
    }
    let shown: Vec<&String> = list.iter().collect();
    println!("{:?} len {}", shown, list.len);
    list.reverse();
    let joined: Vec<String> = list.iter().map(|s| s.to_uppercase()).collect();
    println!("reversed {}", joined.join(","));
    println!("pop {:?}", list.pop());
    println!("longest {:?}", list.iter().max_by_key(|s| s.len()));
    let total: usize = list.iter().map(|s| s.len()).sum();
    println!("chars {} count {}", total, list.iter().count());

    let mut nums = List::new();
    for i in 1..=5 {
        nums.push(i * i);
    }
    nums.reverse();
    let evens: Vec<i32> = nums.iter().filter(|&&n| n % 2 == 0).copied().collect();
    println!("evens {:?}", evens);
    while let Some(n) = nums.pop() {
        print!("{} ", n);
    }
    println!("| empty {}", nums.head.is_none());
}
