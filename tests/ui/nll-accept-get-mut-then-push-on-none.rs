//@ run-pass
//@ spec: 20.3
// Naive checker: keeps the get_mut loan over the else branch, rejecting the push.
fn bump_or_add(v: &mut Vec<i32>, i: usize) {
    if let Some(x) = v.get_mut(i) {
        *x += 100;
    } else {
        v.push(i as i32);
    }
}
fn main() {
    let mut v = vec![1, 2];
    bump_or_add(&mut v, 0);
    bump_or_add(&mut v, 5);
    bump_or_add(&mut v, 1);
    println!("{:?}", v);
}
