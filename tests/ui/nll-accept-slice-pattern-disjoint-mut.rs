//@ run-pass
//@ spec: 20.2
// Naive checker: rejects two &mut bindings from one slice pattern on a &mut slice.
fn main() {
    let mut v = vec![1, 2, 3, 4];
    if let [first, .., last] = v.as_mut_slice() {
        std::mem::swap(first, last);
        *first += 100;
    }
    if let [a, b, c, ..] = &mut v[..] {
        *a += *b;
        *c = 0;
    }
    println!("{:?}", v);
}
