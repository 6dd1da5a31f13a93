//@ run-pass
//@ compile-flags: --borrowck=polonius
//@ spec: 21.3
// NLL rejects, polonius accepts. NLL problem case #3: the loan returned on one path is not live on
// the other, where v.push runs.
fn get_or_insert(v: &mut Vec<i32>, key: i32) -> &mut i32 {
    if let Some(x) = v.iter_mut().find(|x| **x == key) {
        return x;
    }
    v.push(key);
    v.last_mut().unwrap()
}

fn main() {
    let mut v = vec![1, 2];
    *get_or_insert(&mut v, 2) += 10;
    *get_or_insert(&mut v, 7) += 1;
    println!("{:?}", v);
}
