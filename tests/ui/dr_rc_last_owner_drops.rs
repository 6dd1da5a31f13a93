//@ spec: 17.11
// An Rc's value is dropped exactly once, when the last strong owner goes, whichever
// owner that is; a Weak does not keep it alive and upgrades to None afterwards.
use std::rc::Rc;

struct Document {
    title: &'static str,
}
impl Drop for Document {
    fn drop(&mut self) {
        println!("document '{}' closed", self.title);
    }
}

struct Viewer {
    name: &'static str,
    doc: Rc<Document>,
}
impl Drop for Viewer {
    fn drop(&mut self) {
        println!("viewer {} leaves (count before {})", self.name, Rc::strong_count(&self.doc));
    }
}

fn main() {
    let report = Rc::new(Document { title: "report" });
    let alice = Viewer { name: "alice", doc: Rc::clone(&report) };
    let bob = Viewer { name: "bob", doc: report.clone() };
    println!("count {}", Rc::strong_count(&report));
    drop(report);
    println!("original handle dropped");
    drop(alice);
    println!("alice gone");
    let watch = Rc::downgrade(&bob.doc);
    println!("upgrade works: {}", watch.upgrade().is_some());
    drop(bob);
    println!("upgrade after bob: {}", watch.upgrade().is_some());
    let memo = Rc::new(Document { title: "memo" });
    let copies: Vec<Rc<Document>> = (0..3).map(|_| Rc::clone(&memo)).collect();
    drop(memo);
    println!("copies hold {}", copies[0].title);
    let mut copies = copies;
    while let Some(c) = copies.pop() {
        println!("popped one, {} left", Rc::strong_count(&c) - 1);
    }
    println!("end of main");
}
