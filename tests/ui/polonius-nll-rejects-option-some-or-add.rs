//@ compile-fail
//@ spec: 21.3
// The NLL twin of polonius-accept-option-some-or-add: NLL keeps the returned loan live on every
// path.
fn find_or_add(v: &mut Vec<i32>, k: i32) -> Option<&mut i32> {
    if let Some(x) = v.iter_mut().find(|x| **x == k) {
        return Some(x);
    }
    v.push(k); //~ ERROR E0499
    None
}

fn main() {
    let mut v = vec![1, 2];
    if let Some(x) = find_or_add(&mut v, 2) {
        *x *= 10;
    }
    println!("{}", find_or_add(&mut v, 5).is_none());
    println!("{:?}", v);
}
