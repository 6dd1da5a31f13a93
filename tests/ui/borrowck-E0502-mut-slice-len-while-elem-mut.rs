//@ compile-fail
//@ spec: 20.7
// `s.len()` of a `&mut [T]` reborrows `*s` shared: E0502 against a live `&mut s[0]`.
fn bump(s: &mut [i32]) {
    let first = &mut s[0];
    *first += s.len() as i32; //~ ERROR E0502
}
fn main() {
    let mut v = vec![1, 2];
    bump(&mut v);
}
