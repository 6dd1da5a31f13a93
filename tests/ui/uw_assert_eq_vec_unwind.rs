//@ run-fail
//@ spec: 8.2, 12.8
// assert_eq! of Vecs whose elements have destructors: a mismatch reports both sides, then
// the panic unwinds and drops both Vecs' elements.
#[derive(Debug, PartialEq)]
struct P(u32);
impl Drop for P {
    fn drop(&mut self) { println!("drop {}", self.0); }
}
fn main() {
    let a = vec![P(1), P(2)];
    let b = Some(Box::new(P(3)));
    let c = b.map(|bx| *bx);
    assert_eq!(c, Some(P(3)));
    assert_eq!(a, vec![P(1), P(5)], "vectors differ");
}
