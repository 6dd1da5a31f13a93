//@ run-pass
//@ spec: 20.3
// Naive checker: keeps the loan of `for x in &v` past the loop.
fn main() {
    let mut v = vec![2, 4, 6];
    let mut evens = 0;
    for x in &v {
        if x % 2 == 0 { evens += 1; }
    }
    v.retain(|x| *x > 2);
    println!("{} {:?}", evens, v);
}
