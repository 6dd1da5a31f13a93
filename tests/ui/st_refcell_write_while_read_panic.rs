//@ run-fail
//@ spec: 17.12, 8.1
// Holding a RefMut across a call that reads the same cell is the classic run-time
// borrow error: the shared borrow panics with "already mutably borrowed".
use std::cell::RefCell;

struct Inventory {
    items: RefCell<Vec<String>>,
}

impl Inventory {
    fn count(&self) -> usize {
        self.items.borrow().len()
    }

    fn add_safely(&self, name: &str) {
        self.items.borrow_mut().push(name.to_string());
        println!("added {}, now {}", name, self.count());
    }

    fn add_badly(&self, name: &str) {
        let mut list = self.items.borrow_mut();
        list.push(name.to_string());
        println!("added {}, now {}", name, self.count());
    }
}

fn main() {
    let inv = Inventory { items: RefCell::new(Vec::new()) };
    inv.add_safely("rope");
    inv.add_safely("lamp");
    println!("{:?}", inv.items.borrow());
    inv.add_badly("map");
    println!("unreachable");
}
