//@ compile-fail
//@ spec: 20.7
// A `&mut self` method's returned reference keeps self borrowed while it is used.
struct Pool { items: Vec<i32> }
impl Pool {
    fn slot(&mut self, i: usize) -> &mut i32 { &mut self.items[i] }
}
fn main() {
    let mut p = Pool { items: vec![1, 2] };
    let a = p.slot(0);
    let b = p.slot(1); //~ ERROR E0499
    *a += *b;
    println!("{:?}", p.items);
}
