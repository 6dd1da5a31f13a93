//@ run-pass
//@ spec: 20.3
// Naive checker: rejects moving v inside `for x in &v` although the loop returns at once
// (the iterator is dead after the move).
fn consume(v: Vec<i32>) -> usize { v.len() }
fn find_and_consume(v: Vec<i32>, target: i32) -> usize {
    for x in &v {
        if *x == target {
            return consume(v) * 100;
        }
    }
    v.len()
}
fn main() {
    println!("{} {}", find_and_consume(vec![1, 2, 3], 2), find_and_consume(vec![4], 9));
}
