//@ compile-fail
//@ spec: 13.2
// Bounds belong to the impl block that writes them: the Clone bound of one block does
// not give T `clone` in another block for the same type.
struct Cell<T> {
    v: T,
}

impl<T: Clone + Copy> Cell<T> {
    fn get(&self) -> T {
        self.v.clone()
    }
}

impl<T> Cell<T> {
    fn get_too(&self) -> T {
        self.v.clone() //~ ERROR E0599
    }
}

fn main() {
    let c = Cell { v: 1 };
    println!("{} {}", c.get(), c.get_too());
}
