//@ run-pass
//@ spec: 20.2
// [0 of 2] and [-1 of 1]: both patterns matched, so the slice is at least 2 long and its
// last element is not its first; the two `ref mut` are disjoint.
fn main() {
    let mut v = vec![1, 2, 3];
    let s = v.as_mut_slice();
    if let [ref mut a, _, ..] = *s {
        if let [.., ref mut z] = *s {
            *z += 10;
        }
        *a += 1;
    }
    println!("{:?}", v);
    let mut w = [5, 6];
    if let [ref mut first, _] = w {
        if let [.., ref mut last] = w {
            *last *= 2;
        }
        *first -= 1;
    }
    println!("{:?}", w);
}
