//@ run-pass
//@ spec: 20.6
// Naive checker: rejects x.set(x.get() + 1) on a user type: &mut self is reserved before x.get().
struct Counter { n: u32 }
impl Counter {
    fn get(&self) -> u32 { self.n }
    fn set(&mut self, n: u32) { self.n = n; }
}
fn main() {
    let mut x = Counter { n: 1 };
    x.set(x.get() + 1);
    x.set(x.get() * 10);
    println!("{}", x.get());
}
