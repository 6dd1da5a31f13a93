//@ compile-fail
//@ spec: 20.2
// [0 of 1] and [-1 of 1]: a slice of length 1 has them at the same element.
fn main() {
    let mut v = vec![1, 2, 3];
    let s = v.as_mut_slice();
    if let [ref mut a, ..] = *s {
        if let [.., ref mut z] = *s { //~ ERROR E0499
            *z += 1;
        }
        *a += 1;
    }
    println!("{:?}", v);
}
