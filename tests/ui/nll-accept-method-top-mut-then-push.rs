//@ run-pass
//@ spec: 20.3
// Lexical checker rejects: `t` holds the `&mut` from `top_mut` to the end of main, past `s.push`.
struct Stack {
    items: Vec<i32>,
}
impl Stack {
    fn top_mut(&mut self) -> Option<&mut i32> {
        self.items.last_mut()
    }
    fn push(&mut self, x: i32) {
        self.items.push(x);
    }
}
fn main() {
    let mut s = Stack { items: vec![1, 2] };
    let t = s.top_mut();
    if let Some(x) = t {
        *x += 40;
    }
    s.push(3);
    println!("{:?}", s.items);
}
