//@ run-pass
//@ spec: 20.3
// Naive checker: rejects `*self = ...` in an arm whose binding borrows self (the binding is dead).
#[derive(Debug)]
enum State { Idle(u32), Running(u32), Done }
impl State {
    fn step(&mut self) {
        match self {
            State::Idle(n) => *self = State::Running(*n + 1),
            State::Running(n) if *n >= 3 => *self = State::Done,
            State::Running(n) => *n += 1,
            State::Done => {}
        }
    }
}
fn main() {
    let mut s = State::Idle(0);
    for _ in 0..5 {
        s.step();
        println!("{:?}", s);
    }
}
