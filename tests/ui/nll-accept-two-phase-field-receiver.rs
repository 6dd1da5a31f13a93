//@ run-pass
//@ spec: 20.6
// Naive checker: rejects self.items.push(self.items.len()) on a struct field receiver.
struct Log { items: Vec<usize>, total: usize }
impl Log {
    fn record(&mut self) {
        self.items.push(self.items.len() + self.total);
        self.total += self.items.len();
    }
}
fn main() {
    let mut l = Log { items: Vec::new(), total: 0 };
    for _ in 0..4 { l.record(); }
    println!("{:?} {}", l.items, l.total);
}
