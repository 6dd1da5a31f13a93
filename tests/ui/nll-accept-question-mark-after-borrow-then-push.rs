//@ run-pass
//@ spec: 20.3
// Lexical checker rejects: `first` borrows `*v` for the whole fn, so `v.push` conflicts.
fn add_len(v: &mut Vec<usize>, s: Option<&str>) -> Option<usize> {
    let first = v.first();
    let base = *first?;
    v.push(base + s?.len());
    Some(v.len())
}
fn main() {
    let mut v = vec![10];
    println!("{:?}", add_len(&mut v, Some("abc")));
    println!("{:?}", add_len(&mut v, None));
    let mut e: Vec<usize> = Vec::new();
    println!("{:?} {:?}", add_len(&mut e, Some("x")), v);
}
