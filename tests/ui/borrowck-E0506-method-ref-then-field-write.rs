//@ compile-fail
//@ spec: 20.7
// A `&self` method's returned reference borrows all of self, so even a different field is
// blocked while the reference is used.
struct Item { name: String, uses: u32 }
impl Item {
    fn name(&self) -> &str { &self.name }
}
fn main() {
    let mut it = Item { name: String::from("a"), uses: 0 };
    let n = it.name();
    it.uses += 1; //~ ERROR E0506
    println!("{} {}", n, it.uses);
}
