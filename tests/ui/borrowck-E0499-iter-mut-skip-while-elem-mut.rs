//@ compile-fail
//@ spec: 20.7
// `v.iter_mut()` while `first` (a `&mut v[0]`) is used after the loop.
fn main() {
    let mut v = vec![1, 2, 3];
    let first = &mut v[0];
    for x in v.iter_mut().skip(1) { //~ ERROR E0499
        *x += 1;
    }
    *first = 0;
}
