//@ run-pass
//@ spec: 20.3
// Lexical checker rejects: the scrutinee's borrow of `v` lasts the whole `match`, so the `None` arm cannot push.
fn slot(v: &mut Vec<(String, i32)>, key: &str) -> usize {
    match v.iter().position(|p| p.0.as_str() == key) {
        Some(i) => i,
        None => {
            v.push((key.to_string(), 0));
            v.len() - 1
        }
    }
}
fn main() {
    let mut counts: Vec<(String, i32)> = Vec::new();
    for w in "a b a c b a".split_whitespace() {
        let i = slot(&mut counts, w);
        counts[i].1 += 1;
    }
    println!("{:?}", counts);
}
