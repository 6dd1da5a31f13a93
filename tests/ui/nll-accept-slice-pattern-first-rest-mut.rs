//@ run-pass
//@ spec: 20.2
// A slice pattern splits a &mut slice into a mutable head and mutable tail.
// Lexical checker rejects: two &mut bindings into one slice look like overlapping borrows.
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
    spread(&mut v);
    println!("{:?}", v);
}
