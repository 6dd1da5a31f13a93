//@ spec: 16.5
// rev() over ranges through DoubleEndedIterator::next_back.
fn main() {
    for i in (1..4).rev() { print!("{} ", i); }
    println!();
    let v: i32 = (0..=10).rev().take(3).sum();
    println!("{}", v);
    let mut r = 0..5;
    println!("{:?} {:?} {:?}", r.next_back(), r.next(), r);
    for (i, x) in (5..=7).rev().enumerate() { print!("{}:{} ", i, x); }
    println!();
}
