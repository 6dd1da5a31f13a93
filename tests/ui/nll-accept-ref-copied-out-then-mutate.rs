//@ run-pass
//@ spec: 20.3
// Naive checker: does not see that the copied value no longer depends on the borrow.
fn largest(v: &Vec<i32>) -> &i32 {
    let mut best = &v[0];
    for x in v {
        if x > best {
            best = x;
        }
    }
    best
}
fn main() {
    let mut v = vec![3, 9, 4];
    let m = *largest(&v);
    v.push(m + 1);
    println!("max was {}, v = {:?}", m, v);
}
