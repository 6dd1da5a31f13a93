//@ compile-fail
//@ spec: 20.18
// Errors in two methods of one impl.
struct Bag { items: Vec<i32> }
impl Bag {
    fn grow(&mut self) {
        for x in &self.items {
            self.items.push(*x); //~ ERROR E0502
        }
    }
    fn first_owned(&self) -> &i32 {
        let copy = self.items.clone();
        &copy[0] //~ ERROR E0515
    }
}
fn main() {
    let mut b = Bag { items: vec![1] };
    b.grow();
    println!("{}", b.first_owned());
}
