//@ run-pass
//@ spec: 20.17
// A local shared borrow is dead before an early return of a fresh borrow or a push.
// Lexical checker rejects: `first` borrows *v for the whole body, overlapping v.push.
fn find_or_add(v: &mut Vec<i32>, want: i32) -> &i32 {
    let first = &v[0];
    if *first == want {
        return &v[0];
    }
    v.push(want);
    v.last().unwrap()
}
fn main() {
    let mut v = vec![1, 2];
    println!("{}", find_or_add(&mut v, 2));
    println!("{}", find_or_add(&mut v, 7));
    println!("{:?}", v);
}
