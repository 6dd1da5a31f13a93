//@ spec: 17.11, 17.12
// Shared ownership with Rc (counts, clones, Weak that cannot keep a value alive) and
// interior mutability with RefCell and Cell.
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

struct Node {
    label: &'static str,
    parent: RefCell<Weak<Node>>,
    children: RefCell<Vec<Rc<Node>>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("node {} freed", self.label);
    }
}

struct Counter {
    hits: Cell<u32>,
}

impl Counter {
    fn hit(&self) {
        self.hits.set(self.hits.get() + 1);
    }
}

fn main() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let writer = Rc::clone(&log);
    writer.borrow_mut().push("first");
    log.borrow_mut().push("second");
    println!("{:?} strong {}", log.borrow(), Rc::strong_count(&log));
    drop(writer);
    println!("strong after drop {}", Rc::strong_count(&log));

    let root = Rc::new(Node { label: "root", parent: RefCell::new(Weak::new()), children: RefCell::new(Vec::new()) });
    {
        let leaf = Rc::new(Node { label: "leaf", parent: RefCell::new(Weak::new()), children: RefCell::new(Vec::new()) });
        *leaf.parent.borrow_mut() = Rc::downgrade(&root);
        root.children.borrow_mut().push(Rc::clone(&leaf));
        let parent = leaf.parent.borrow().upgrade();
        println!("leaf's parent {:?}", parent.map(|p| p.label));
        println!("leaf strong {} weak {}", Rc::strong_count(&leaf), Rc::weak_count(&leaf));
        println!("root strong {} weak {}", Rc::strong_count(&root), Rc::weak_count(&root));
    }
    println!("children {}", root.children.borrow().len());
    let orphan: Weak<Node> = Weak::new();
    println!("orphan upgrades {}", orphan.upgrade().is_some());

    let c = Counter { hits: Cell::new(0) };
    c.hit();
    c.hit();
    println!("hits {} {:?}", c.hits.get(), c.hits);
    let shared = Rc::new(5);
    let same = shared.clone();
    println!("{} {} {}", shared, Rc::ptr_eq(&shared, &same), *same + 1);
    println!("end");
}
