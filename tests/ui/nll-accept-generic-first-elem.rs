//@ run-pass
//@ spec: 20.4
// Naive checker: keeps the slice borrowed after the generic fn's result was cloned.
fn largest<T: PartialOrd>(s: &[T]) -> &T {
    let mut best = &s[0];
    for x in s { if x > best { best = x; } }
    best
}
fn main() {
    let mut words = vec![String::from("pear"), String::from("zoo"), String::from("apple")];
    let top = largest(&words).clone();
    words.push(top.to_uppercase());
    let mut nums = vec![3, 9, 2];
    let m = *largest(&nums);
    nums.retain(|x| *x != m);
    println!("{:?} {:?}", words, nums);
}
