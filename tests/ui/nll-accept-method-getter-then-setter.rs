//@ run-pass
//@ spec: 20.3
// A &self getter returns a reference that is dead before a &mut self setter runs.
// Lexical checker rejects: the getter's borrow of c extends to the end of main.
struct Counter { name: String, n: u32 }
impl Counter {
    fn name(&self) -> &str { &self.name }
    fn bump(&mut self) { self.n += 1; }
}
fn main() {
    let mut c = Counter { name: String::from("ticks"), n: 0 };
    let nm = c.name();
    println!("counter {}", nm);
    c.bump();
    c.bump();
    println!("{} = {}", c.name, c.n);
}
