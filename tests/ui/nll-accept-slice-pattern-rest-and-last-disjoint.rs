//@ run-pass
//@ spec: 20.2
// `rest @ ..` before the last element ([0:-1]) and `[.., last]` ([-1 of 1]) are disjoint,
// and so are a prefix element and the rest after it.
fn main() {
    let mut v = vec![1, 2, 3, 4, 5];
    let s = v.as_mut_slice();
    if let [ref mut rest @ .., _] = *s {
        if let [.., ref mut z] = *s {
            *z += 1;
        }
        rest[0] = 9;
    }
    println!("{:?}", v);
    if let [head, rest @ ..] = v.as_mut_slice() {
        for x in rest.iter_mut() {
            *x += *head;
        }
        *head = 0;
    }
    println!("{:?}", v);
}
