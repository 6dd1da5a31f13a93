//@ run-pass
//@ spec: 20.13
// A closure capturing v by shared reference is called, then never used, so v.push is fine.
// Lexical checker rejects: the closure's capture lives until `sum` goes out of scope.
fn main() {
    let mut v = vec![2, 3, 5];
    let sum = || v.iter().sum::<i32>();
    let s = sum();
    println!("sum = {}", s);
    v.push(s);
    println!("{:?}", v);
}
