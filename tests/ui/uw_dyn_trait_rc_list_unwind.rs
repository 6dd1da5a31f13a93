//@ run-fail
//@ spec: 8.1, 12.8, 17.3
// Unwinding drops values behind Box<dyn Trait>, a Box-linked list (front to back) and
// Rc handles: the shared value is dropped only when the last Rc goes.
use std::rc::Rc;

trait Shape {
    fn area(&self) -> u32;
}

struct Square(u32);
struct Rect(u32, u32);

impl Shape for Square {
    fn area(&self) -> u32 { self.0 * self.0 }
}
impl Shape for Rect {
    fn area(&self) -> u32 { self.0 * self.1 }
}
impl Drop for Square {
    fn drop(&mut self) { println!("drop square {}", self.0); }
}
impl Drop for Rect {
    fn drop(&mut self) { println!("drop rect {}x{}", self.0, self.1); }
}

struct Node {
    val: u32,
    next: Option<Box<Node>>,
}
impl Drop for Node {
    fn drop(&mut self) { println!("drop node {}", self.val); }
}

fn total(shapes: &[Box<dyn Shape>], shared: Rc<Square>) -> u32 {
    let local = Rc::clone(&shared);
    let mut sum = local.area();
    for s in shapes {
        sum += s.area();
    }
    assert!(sum < 50, "total area {} too big ({} handles)", sum, Rc::strong_count(&local));
    sum
}

fn main() {
    let list = Node { val: 1, next: Some(Box::new(Node { val: 2, next: Some(Box::new(Node { val: 3, next: None })) })) };
    let shared = Rc::new(Square(2));
    let mut shapes: Vec<Box<dyn Shape>> = vec![Box::new(Square(3))];
    println!("total {}", total(&shapes, Rc::clone(&shared)));
    shapes.push(Box::new(Rect(4, 10)));
    println!("list head {}", list.val);
    println!("total {}", total(&shapes, Rc::clone(&shared)));
}
