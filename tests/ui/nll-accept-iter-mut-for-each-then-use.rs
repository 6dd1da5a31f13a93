//@ run-pass
//@ spec: 20.3
// Naive checker: keeps v mutably borrowed after the iterator chain is consumed.
fn main() {
    let mut v = vec![1, 2, 3];
    v.iter_mut().for_each(|x| *x *= 3);
    let evens: Vec<i32> = v.iter().filter(|x| *x % 2 == 0).cloned().collect();
    v.extend(evens);
    v.iter_mut().rev().take(1).for_each(|x| *x = -*x);
    println!("{:?}", v);
}
