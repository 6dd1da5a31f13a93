//@ run-pass
//@ spec: 20.4
// Naive checker: moves the &mut dyn Trait into the first call of the loop.
trait Sink { fn put(&mut self, x: i32); fn count(&self) -> usize; }
struct Store { items: Vec<i32> }
impl Sink for Store {
    fn put(&mut self, x: i32) { self.items.push(x); }
    fn count(&self) -> usize { self.items.len() }
}
fn feed(s: &mut dyn Sink, n: i32) {
    for i in 0..n { s.put(i * i); }
    s.put(s.count() as i32);
}
fn main() {
    let mut st = Store { items: Vec::new() };
    feed(&mut st, 3);
    feed(&mut st, 1);
    println!("{:?}", st.items);
}
