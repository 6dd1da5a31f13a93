//@ spec: 17.2
// Recursive types through Box: a cons list and a binary tree, built, walked and dropped
// (each node's destructor runs once, outermost first).
#[derive(Debug)]
enum List {
    Cons(i32, Box<List>),
    Nil,
}
use List::{Cons, Nil};

fn sum(list: &List) -> i32 {
    match list {
        Cons(v, rest) => v + sum(rest),
        Nil => 0,
    }
}

struct Tree {
    value: u32,
    left: Option<Box<Tree>>,
    right: Option<Box<Tree>>,
}

impl Drop for Tree {
    fn drop(&mut self) {
        println!("free {}", self.value);
    }
}

fn leaf(value: u32) -> Option<Box<Tree>> {
    Some(Box::new(Tree { value, left: None, right: None }))
}

fn depth(t: &Option<Box<Tree>>) -> u32 {
    match t {
        Some(node) => 1 + depth(&node.left).max(depth(&node.right)),
        None => 0,
    }
}

fn main() {
    let list = Cons(1, Box::new(Cons(2, Box::new(Cons(3, Box::new(Nil))))));
    println!("{:?}", list);
    println!("sum {}", sum(&list));
    let tree = Some(Box::new(Tree { value: 1, left: leaf(2), right: Some(Box::new(Tree { value: 3, left: leaf(4), right: None })) }));
    println!("depth {}", depth(&tree));
}
