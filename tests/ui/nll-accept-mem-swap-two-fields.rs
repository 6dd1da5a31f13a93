//@ run-pass
//@ spec: 20.2
// Naive checker: rejects mem::swap(&mut s.a, &mut s.b) as two &mut borrows of s.
use std::mem;
struct Buf { front: Vec<u8>, back: Vec<u8>, flips: u32 }
impl Buf {
    fn flip(&mut self) {
        mem::swap(&mut self.front, &mut self.back);
        self.flips += 1;
    }
}
fn main() {
    let mut b = Buf { front: vec![1], back: vec![2, 3], flips: 0 };
    b.flip();
    b.back.push(4);
    b.flip();
    println!("{:?} {:?} {}", b.front, b.back, b.flips);
}
