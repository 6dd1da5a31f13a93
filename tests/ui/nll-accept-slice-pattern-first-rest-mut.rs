//@ run-pass
//@ spec: 20.2
// A slice pattern splits a &mut slice into a mutable head and mutable tail.
// Lexical checker rejects: `whole` mutably borrows v to the end of main, overlapping push.
fn spread(xs: &mut [i32]) {
    if let [first, rest @ ..] = xs {
        for r in rest.iter_mut() {
            *r += *first;
        }
        *first = 0;
    }
}
fn main() {
    let mut v = vec![5, 1, 2, 3];
    let whole = &mut v;
    spread(whole);
    v.push(0);
    println!("{:?}", v);
}
