//@ spec: 12.4, 12.5, 13.4
// Destructors of generic types, of enum payloads (only the variant held), and of values
// dropped inside generic functions' instances.
struct Cell<T> {
    label: &'static str,
    value: T,
}
impl<T> Drop for Cell<T> {
    fn drop(&mut self) {
        println!("cell {} dropped", self.label);
    }
}

struct Leaf(u8);
impl Drop for Leaf {
    fn drop(&mut self) {
        println!("leaf {}", self.0);
    }
}

enum Shape {
    Empty,
    One(Leaf),
    Two(Leaf, Leaf),
    Named { first: Leaf, count: u32 },
}

fn swallow<T>(_value: T) {
    println!("swallowed");
}

fn build<T>(label: &'static str, value: T) -> Cell<T> {
    Cell { label, value }
}

fn main() {
    let numbers = build("numbers", 5);
    let leaves = build("leaves", (Leaf(1), Leaf(2)));
    println!("{} holds {}", numbers.label, numbers.value);
    swallow(leaves);
    swallow(Leaf(3));
    let shapes = [Shape::Two(Leaf(4), Leaf(5)), Shape::Empty, Shape::One(Leaf(6)), Shape::Named { first: Leaf(7), count: 1 }];
    let mut held = 0;
    for s in &shapes {
        held += match s {
            Shape::Empty => 0,
            Shape::One(_) => 1,
            Shape::Two(_, _) => 2,
            Shape::Named { count, .. } => *count,
        };
    }
    println!("held {}", held);
    let nested = Cell { label: "outer", value: Cell { label: "inner", value: Leaf(8) } };
    println!("nested {}", nested.value.label);
    println!("end");
}
