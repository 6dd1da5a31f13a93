//@ compile-fail
//@ spec: 20.7
// `while let Some(x) = v.last()`: pushing while x is live.
fn main() {
    let mut v = vec![1];
    while let Some(x) = v.last() {
        if *x > 4 { break; }
        v.push(*x + 1); //~ ERROR E0502
        println!("{}", x);
    }
}
