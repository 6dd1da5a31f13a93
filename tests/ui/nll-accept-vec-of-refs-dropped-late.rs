//@ run-pass
//@ spec: 20.14
// Naive checker: counts the implicit drop of a Vec<&T> at scope end as a use (Vec's Drop may
// dangle).
fn main() {
    let mut a = 1;
    let mut b = 2;
    let refs = vec![&a, &b];
    let sum: i32 = refs.iter().map(|r| **r).sum();
    a += sum;
    b += sum;
    println!("{} {} {}", sum, a, b);
}
