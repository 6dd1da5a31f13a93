//@ run-pass
//@ spec: 20.3
// Naive checker: keeps the `if let Some(x) = v.first()` loan across the push in its body.
fn main() {
    let mut v = vec![3];
    for _ in 0..3 {
        if let Some(x) = v.first() {
            let y = *x + 1;
            v.push(y);
        }
    }
    let Some(last) = v.last() else { return };
    let l = *last;
    v.push(l * 10);
    println!("{:?}", v);
}
