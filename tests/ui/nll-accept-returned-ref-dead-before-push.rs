//@ run-pass
//@ spec: 20.3
// Naive checker: keeps the reference returned by a method alive over the later mutation.
struct Stack { items: Vec<i32> }
impl Stack {
    fn top(&self) -> &i32 { self.items.last().unwrap() }
    fn push(&mut self, x: i32) { self.items.push(x); }
}
fn main() {
    let mut s = Stack { items: vec![1] };
    for i in 0..4 {
        let t = s.top();
        let next = *t * 2 + i;
        s.push(next);
    }
    println!("{:?}", s.items);
}
