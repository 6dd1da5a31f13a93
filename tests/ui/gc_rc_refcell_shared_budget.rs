//@ spec: 17.11, 17.12, 12.5
// Several departments share one budget through Rc<RefCell<Budget>>: each spend borrows it
// mutably for one statement, strong_count tracks the owners, and the budget dies with the last.
use std::cell::RefCell;
use std::rc::Rc;

struct Budget {
    left: i64,
    log: Vec<String>,
}

impl Drop for Budget {
    fn drop(&mut self) {
        println!("budget closed with {} left after {} entries", self.left, self.log.len());
    }
}

struct Department {
    name: String,
    budget: Rc<RefCell<Budget>>,
}

impl Department {
    fn spend(&self, amount: i64) -> bool {
        let mut b = self.budget.borrow_mut();
        if b.left < amount {
            b.log.push(format!("{} denied {}", self.name, amount));
            return false;
        }
        b.left -= amount;
        b.log.push(format!("{} spent {}", self.name, amount));
        true
    }
}

fn main() {
    let shared = Rc::new(RefCell::new(Budget { left: 100, log: Vec::new() }));
    let mut depts = Vec::new();
    for name in ["ops", "dev", "hr"] {
        depts.push(Department { name: name.to_string(), budget: Rc::clone(&shared) });
    }
    println!("owners {}", Rc::strong_count(&shared));
    let requests = [(0, 30), (1, 50), (2, 40), (0, 15), (2, 5)];
    for &(d, amt) in requests.iter() {
        let ok = depts[d].spend(amt);
        println!("{} asks {} -> {} (left {})", depts[d].name, amt, ok, shared.borrow().left);
    }
    for line in shared.borrow().log.iter() {
        println!("  {}", line);
    }
    let hr = depts.pop().unwrap();
    println!("owners after pop {}", Rc::strong_count(&shared));
    drop(shared);
    println!("main released; owners {}", Rc::strong_count(&hr.budget));
    depts.clear();
    println!("only hr left: {}", Rc::strong_count(&hr.budget));
    println!("end of main");
}
