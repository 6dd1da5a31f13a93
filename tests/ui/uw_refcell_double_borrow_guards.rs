//@ run-fail
//@ spec: 8.1, 12.8, 17.12
// Borrowing a RefCell mutably while a shared borrow is alive panics ("already
// borrowed"); unwinding releases the Ref guard and drops the Rc-shared data exactly once.
use std::cell::RefCell;
use std::rc::Rc;

struct Entry(String);

impl Drop for Entry {
    fn drop(&mut self) {
        println!("drop entry {}", self.0);
    }
}

fn append(log: &Rc<RefCell<Vec<Entry>>>, text: &str) {
    let _e = Entry(format!("temp {}", text));
    log.borrow_mut().push(Entry(text.to_string()));
}

fn main() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let other = Rc::clone(&log);
    append(&log, "one");
    append(&other, "two");
    println!("count {} rc {}", log.borrow().len(), Rc::strong_count(&log));
    let reader = log.borrow();
    println!("first {}", reader[0].0);
    append(&other, "three");
    println!("unreachable {}", reader.len());
}
