//@ run-pass
//@ spec: 20.4
// Naive checker: rejects using the &mut again after mem::replace reborrowed it.
use std::mem;
fn rotate(slot: &mut String, next: &str) -> String {
    let old = mem::replace(slot, String::from(next));
    slot.push('+');
    old
}
fn main() {
    let mut s = String::from("a");
    let mut seen = Vec::new();
    for n in ["b", "c", "d"] {
        seen.push(rotate(&mut s, n));
    }
    println!("{:?} {}", seen, s);
}
