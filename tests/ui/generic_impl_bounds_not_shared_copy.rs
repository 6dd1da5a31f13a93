//@ compile-fail
//@ spec: 13.2, 13.3
// Bounds belong to the impl block that writes them: the Copy bound of one block does not
// make T Copy in another block for the same type, so a second use of `key` is E0382.
struct Cell<T> {
    v: T,
}

impl<T: Clone + Copy> Cell<T> {
    fn get(&self) -> T {
        self.v.clone()
    }
}

impl<T> Cell<T> {
    fn twice(&self, key: T) -> (T, T) {
        (key, key) //~ ERROR E0382
    }
}

fn main() {
    let c = Cell { v: 1 };
    println!("{} {:?}", c.get(), c.twice(2));
}
