//@ run-fail
//@ spec: 17.11, 17.12, 8.1
// Observers hold Rc<RefCell<Counter>>; a notification that reads the counter while the
// subject still holds its borrow_mut (a re-entrant call) panics: RefCell checks at run time.
use std::cell::RefCell;
use std::rc::Rc;

struct Counter {
    hits: u32,
    history: Vec<u32>,
}

struct Watcher {
    label: String,
    counter: Rc<RefCell<Counter>>,
}

impl Watcher {
    fn notify(&self) {
        let c = self.counter.borrow();
        println!("{} sees {} hits (history {:?})", self.label, c.hits, c.history);
    }
}

fn bump(counter: &Rc<RefCell<Counter>>, watchers: &[Watcher], careful: bool) {
    if careful {
        {
            let mut c = counter.borrow_mut();
            c.hits += 1;
            let h = c.hits;
            c.history.push(h);
        }
        for w in watchers {
            w.notify();
        }
    } else {
        let mut c = counter.borrow_mut();
        c.hits += 1;
        for w in watchers {
            w.notify();
        }
        c.history.push(0);
    }
}

fn main() {
    let counter = Rc::new(RefCell::new(Counter { hits: 0, history: Vec::new() }));
    let watchers = vec![
        Watcher { label: String::from("log"), counter: Rc::clone(&counter) },
        Watcher { label: String::from("ui"), counter: Rc::clone(&counter) },
    ];
    println!("owners {}", Rc::strong_count(&counter));
    bump(&counter, &watchers, true);
    bump(&counter, &watchers, true);
    println!("now the careless bump");
    bump(&counter, &watchers, false);
    println!("not reached");
}
