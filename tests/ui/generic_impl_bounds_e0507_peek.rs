//@ compile-fail
//@ spec: 12.11, 12.1
// A container method that borrows self cannot hand out its elements by value: moving an
// item out through &self, or out of a Vec by indexing, is E0507; the fix is to return &T or pop.
struct Shelf<T> {
    items: Vec<T>,
    label: String,
}

impl<T> Shelf<T> {
    fn top(&self) -> T {
        self.items[self.items.len() - 1] //~ ERROR E0507
    }
    fn take_label(&self) -> String {
        self.label //~ ERROR E0507
    }
    fn top_ref(&self) -> &T {
        &self.items[self.items.len() - 1]
    }
}

fn main() {
    let shelf = Shelf { items: vec![String::from("book")], label: String::from("A") };
    let first = shelf.items[0]; //~ ERROR E0507
    println!("{} {} {}", shelf.top_ref(), first, shelf.label);
}
