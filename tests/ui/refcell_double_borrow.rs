//@ run-fail
//@ spec: 17.12
// A RefCell that is borrowed cannot be borrowed mutably as well: a run-time panic.
use std::cell::RefCell;

fn main() {
    let scores = RefCell::new(vec![1, 2, 3]);
    let reader = scores.borrow();
    println!("reading {:?}", *reader);
    scores.borrow_mut().push(4);
    println!("unreachable");
}
