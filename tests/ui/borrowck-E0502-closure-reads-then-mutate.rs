//@ compile-fail
//@ spec: 20.13
// A closure that reads v holds a shared borrow while it may still be called.
fn main() {
    let mut v = vec![1, 2];
    let total = || v.iter().sum::<i32>();
    v.push(3); //~ ERROR E0502
    println!("{}", total());
}
