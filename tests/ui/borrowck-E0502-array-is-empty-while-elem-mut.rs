//@ compile-fail
//@ spec: 20.7
// `is_empty` of an array borrows the whole array, like `len`.
fn main() {
    let mut a = [1, 2];
    let y = &mut a[1];
    if !a.is_empty() { //~ ERROR E0502
        *y = 0;
    }
}
