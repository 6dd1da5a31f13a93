//@ run-pass
//@ spec: 20.3
// Naive checker: rejects v.insert in the None arm of a match on v.get_mut(..).
fn main() {
    let mut v = vec![10, 20, 30];
    for i in [1usize, 7, 2] {
        match v.get_mut(i) {
            Some(slot) => *slot += 1,
            None => v.insert(0, i as i32),
        }
    }
    println!("{:?}", v);
}
