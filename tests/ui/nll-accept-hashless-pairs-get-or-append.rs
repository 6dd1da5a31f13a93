//@ run-pass
//@ spec: 20.17
// A function returns &mut to an existing entry or appends a new one and returns that.
// Lexical checker rejects: `view` borrows *v for the whole body, clashing with &mut v[i].
fn entry<'a>(v: &'a mut Vec<(char, i32)>, k: char) -> &'a mut i32 {
    let view = &*v;
    if let Some(i) = view.iter().position(|p| p.0 == k) {
        return &mut v[i].1;
    }
    v.push((k, 0));
    &mut v.last_mut().unwrap().1
}
fn main() {
    let mut v = Vec::new();
    for c in "abacab".chars() {
        *entry(&mut v, c) += 1;
    }
    println!("{:?}", v);
}
