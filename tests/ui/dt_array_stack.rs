//@ run-pass
//@ spec: 11.1 11.3 11.9 11.11
// A fixed-capacity stack in a struct; pop returns an Option-like enum consumed with while let.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Popped { Value(i64), Empty }

struct Stack {
    items: [i64; 8],
    len: usize,
}

impl Stack {
    fn new() -> Stack { Stack { items: [0; 8], len: 0 } }
    fn push(&mut self, v: i64) -> bool {
        if self.len == self.items.len() { return false; }
        self.items[self.len] = v;
        self.len += 1;
        true
    }
    fn pop(&mut self) -> Popped {
        if self.len == 0 { return Popped::Empty; }
        self.len -= 1;
        Popped::Value(self.items[self.len])
    }
    fn peek(&self) -> Popped {
        match self.len {
            0 => Popped::Empty,
            n => Popped::Value(self.items[n - 1]),
        }
    }
    fn as_slice(&self) -> &[i64] { &self.items[..self.len] }
}

// Evaluates a postfix program: numbers push, negative opcodes are operators.
fn rpn(prog: &[i64]) -> Popped {
    let mut st = Stack::new();
    for &op in prog {
        if op >= 0 { st.push(op); continue; }
        let (Popped::Value(b), Popped::Value(a)) = (st.pop(), st.pop()) else { return Popped::Empty; };
        let r = match op { -1 => a + b, -2 => a - b, -3 => a * b, _ => a / b };
        st.push(r);
    }
    st.pop()
}

fn main() {
    let mut s = Stack::new();
    let mut i = 1;
    while s.push(i * i) { i += 1; }
    println!("full after {} pushes: {:?}", s.len, s.as_slice());
    println!("peek: {:?}", s.peek());
    while let Popped::Value(v) = s.pop() {
        if v < 10 { break; }
        print!("{} ", v);
    }
    println!();
    println!("left: {:?}, peek {:?}", s.as_slice(), s.peek());
    println!("{:?}", rpn(&[3, 4, -1, 5, -3]));
    println!("{:?}", rpn(&[10, 2, 8, -2, -4]));
    println!("{:?}", rpn(&[1, -1]));
    println!("{}", rpn(&[]) == Popped::Empty);
}
