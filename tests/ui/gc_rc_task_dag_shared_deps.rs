//@ spec: 17.11, 17.12, 12.4, 16.3
// A task DAG where subtasks are shared with Rc<RefCell<Task>>: marking a shared dependency
// done through one parent is seen through the other, and each task drops once, with its last owner.
use std::cell::RefCell;
use std::rc::Rc;

struct Task {
    name: String,
    cost: u32,
    done: bool,
    deps: Vec<Rc<RefCell<Task>>>,
}

impl Drop for Task {
    fn drop(&mut self) {
        println!("free {}", self.name);
    }
}

fn task(name: &str, cost: u32, deps: Vec<Rc<RefCell<Task>>>) -> Rc<RefCell<Task>> {
    Rc::new(RefCell::new(Task { name: name.to_string(), cost, done: false, deps }))
}

// runs every dependency first; returns the cost actually spent
fn run(t: &Rc<RefCell<Task>>, depth: usize) -> u32 {
    if t.borrow().done {
        println!("{}{} already done", "  ".repeat(depth), t.borrow().name);
        return 0;
    }
    let deps: Vec<Rc<RefCell<Task>>> = t.borrow().deps.iter().map(|d| Rc::clone(d)).collect();
    let mut spent = 0;
    for d in &deps {
        spent += run(d, depth + 1);
    }
    let mut me = t.borrow_mut();
    me.done = true;
    println!("{}{} (cost {})", "  ".repeat(depth), me.name, me.cost);
    spent + me.cost
}

fn main() {
    let fetch = task("fetch", 3, vec![]);
    let compile = task("compile", 10, vec![Rc::clone(&fetch)]);
    let docs = task("docs", 4, vec![Rc::clone(&fetch)]);
    let release = task("release", 1, vec![Rc::clone(&compile), Rc::clone(&docs)]);
    println!("fetch owners {}", Rc::strong_count(&fetch));
    drop(compile);
    drop(docs);
    println!("fetch owners {}", Rc::strong_count(&fetch));
    println!("total {}", run(&release, 0));
    println!("second run {}", run(&release, 0));
    let same = Rc::ptr_eq(&release.borrow().deps[0].borrow().deps[0], &fetch);
    println!("shared fetch: {}", same);
    drop(fetch);
    println!("dropping release");
    drop(release);
    println!("end");
}
