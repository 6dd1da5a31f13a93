//@ spec: 17.11, 17.12
// A file-system tree: children are owned with Rc<RefCell<Dir>>, parents are Weak so no
// cycle forms; paths are rebuilt by climbing upgrade() links, sizes by recursive borrows.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Dir {
    name: String,
    size: u64,
    parent: Weak<RefCell<Dir>>,
    children: Vec<Rc<RefCell<Dir>>>,
}

impl Drop for Dir {
    fn drop(&mut self) {
        println!("free {}", self.name);
    }
}

fn mkdir(parent: &Rc<RefCell<Dir>>, name: &str, size: u64) -> Rc<RefCell<Dir>> {
    let d = Rc::new(RefCell::new(Dir { name: name.to_string(), size, parent: Rc::downgrade(parent), children: Vec::new() }));
    parent.borrow_mut().children.push(Rc::clone(&d));
    d
}

fn path(d: &Rc<RefCell<Dir>>) -> String {
    let mut parts = vec![d.borrow().name.clone()];
    let mut cur = d.borrow().parent.upgrade();
    while let Some(p) = cur {
        parts.push(p.borrow().name.clone());
        cur = p.borrow().parent.upgrade();
    }
    parts.reverse();
    parts.join("/")
}

fn total(d: &Rc<RefCell<Dir>>) -> u64 {
    let dir = d.borrow();
    dir.size + dir.children.iter().map(|c| total(c)).sum::<u64>()
}

fn main() {
    let root = Rc::new(RefCell::new(Dir { name: String::from(""), size: 1, parent: Weak::new(), children: Vec::new() }));
    let home = mkdir(&root, "home", 4);
    let user = mkdir(&home, "ana", 100);
    let docs = mkdir(&user, "docs", 250);
    let tmp = mkdir(&root, "tmp", 7);
    println!("{} | {} | {}", path(&docs), path(&tmp), path(&root));
    println!("sizes: root {} home {} tmp {}", total(&root), total(&home), total(&tmp));
    println!("home strong {} weak {}", Rc::strong_count(&home), Rc::weak_count(&home));
    docs.borrow_mut().size += 1000;
    println!("after growth: {}", total(&root));
    root.borrow_mut().children.retain(|c| c.borrow().name != "tmp");
    println!("tmp detached, strong {}, path now {}", Rc::strong_count(&tmp), path(&tmp));
    drop(tmp);
    drop(user);
    drop(docs);
    println!("root total {}", total(&root));
    let orphan = Rc::downgrade(&home);
    drop(home);
    println!("home still reachable: {}", orphan.upgrade().is_some());
    drop(root);
    println!("home after root dropped: {}", orphan.upgrade().is_some());
}
