//@ run-pass
//@ spec: 20.2
// Naive checker: rejects mem::take of one field while another field is borrowed.
use std::mem;
struct Queue { pending: Vec<i32>, done: Vec<i32> }
fn main() {
    let mut q = Queue { pending: vec![1, 2, 3], done: Vec::new() };
    let done = &mut q.done;
    let work = mem::take(&mut q.pending);
    for w in work { done.push(w * w); }
    q.pending.push(4);
    println!("{:?} {:?}", q.pending, q.done);
}
