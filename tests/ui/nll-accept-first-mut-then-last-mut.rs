//@ run-pass
//@ spec: 20.3
// Lexical checker rejects: `f` holds `&mut v[0]` in scope when `last_mut` borrows `v` again.
fn main() {
    let mut v = vec![1, 2, 3];
    let f = v.first_mut().unwrap();
    *f = 10;
    let l = v.last_mut().unwrap();
    *l = 30;
    println!("{:?}", v);
}
