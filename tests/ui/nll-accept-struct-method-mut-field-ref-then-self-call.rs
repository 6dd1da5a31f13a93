//@ run-pass
//@ spec: 20.6
// A method takes &mut to one field, finishes with it, then calls another &mut self method.
// Lexical checker rejects: `slot` borrows self.items until the end of the method body.
struct Bag { items: Vec<i32>, log: Vec<String> }
impl Bag {
    fn note(&mut self, s: &str) { self.log.push(s.to_string()); }
    fn bump_first(&mut self) {
        let slot = &mut self.items[0];
        *slot += 1;
        self.note("bumped");
    }
}
fn main() {
    let mut b = Bag { items: vec![1, 2], log: Vec::new() };
    b.bump_first();
    b.bump_first();
    println!("{:?} {:?}", b.items, b.log);
}
