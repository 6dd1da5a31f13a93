//@ compile-fail
//@ spec: 20.2
// Two `ref mut` bindings of the same constant index ([0 of 1]) of one slice conflict.
fn main() {
    let mut v = vec![1, 2, 3];
    let s = v.as_mut_slice();
    if let [ref mut a, ..] = *s {
        if let [ref mut b, ..] = *s { //~ ERROR E0499
            *b += 1;
        }
        *a += 1;
    }
    println!("{:?}", v);
}
