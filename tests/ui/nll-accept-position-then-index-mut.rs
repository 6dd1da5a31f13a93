//@ run-pass
//@ spec: 20.3
// Naive checker: keeps the iterator's borrow of v after position() returned a plain index.
fn upsert(v: &mut Vec<(char, u32)>, key: char) -> &mut u32 {
    match v.iter().position(|(k, _)| *k == key) {
        Some(i) => &mut v[i].1,
        None => {
            v.push((key, 0));
            let n = v.len();
            &mut v[n - 1].1
        }
    }
}
fn main() {
    let mut counts = Vec::new();
    for c in "abracadabra".chars() {
        *upsert(&mut counts, c) += 1;
    }
    println!("{:?}", counts);
}
