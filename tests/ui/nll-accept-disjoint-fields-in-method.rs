//@ run-pass
//@ spec: 20.2
// Naive checker: rejects reading self.scale while self.values is mutably borrowed by iter_mut.
struct Scaler { values: Vec<i32>, scale: i32 }
impl Scaler {
    fn apply(&mut self) {
        for v in self.values.iter_mut() {
            *v *= self.scale;
        }
    }
}
fn main() {
    let mut s = Scaler { values: vec![1, 2, 3], scale: 3 };
    s.apply();
    println!("{:?}", s.values);
}
