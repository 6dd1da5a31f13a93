//@ run-pass
//@ compile-flags: --borrowck=polonius
//@ spec: 21.3
// NLL rejects, polonius accepts. The loan returned inside Some(x) is not live on the path that
// pushes and returns None.
fn find_or_add(v: &mut Vec<i32>, k: i32) -> Option<&mut i32> {
    if let Some(x) = v.iter_mut().find(|x| **x == k) {
        return Some(x);
    }
    v.push(k);
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
