//@ spec: 17.11, 17.12, 12.4
// A tree whose children are owned by Rc and whose parent links are Weak is freed
// completely: dropping the root drops each child once its last strong owner is gone,
// while an extra Rc held elsewhere keeps its subtree alive.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Node {
    name: &'static str,
    parent: RefCell<Weak<Node>>,
    children: RefCell<Vec<Rc<Node>>>,
}
impl Drop for Node {
    fn drop(&mut self) {
        println!("node {} freed ({} children)", self.name, self.children.borrow().len());
    }
}

fn node(name: &'static str) -> Rc<Node> {
    Rc::new(Node { name, parent: RefCell::new(Weak::new()), children: RefCell::new(Vec::new()) })
}

fn adopt(parent: &Rc<Node>, child: Rc<Node>) {
    *child.parent.borrow_mut() = Rc::downgrade(parent);
    parent.children.borrow_mut().push(child);
}

fn parent_name(n: &Rc<Node>) -> &'static str {
    match n.parent.borrow().upgrade() {
        Some(p) => p.name,
        None => "(none)",
    }
}

fn main() {
    let root = node("root");
    let left = node("left");
    let right = node("right");
    adopt(&left, node("left.a"));
    adopt(&left, node("left.b"));
    adopt(&root, left);
    adopt(&root, Rc::clone(&right));
    adopt(&right, node("right.a"));
    println!("right's parent is {}", parent_name(&right));
    println!("right strong count {}", Rc::strong_count(&right));
    println!("dropping root");
    drop(root);
    println!("root dropped; right's parent is {}", parent_name(&right));
    println!("right still has {} child", right.children.borrow().len());
    println!("end of main");
}
