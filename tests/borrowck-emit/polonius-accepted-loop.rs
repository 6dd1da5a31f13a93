//@ compile-flags: --borrowck=polonius
//@ spec: 21.7
// Polonius and NLL agree here: each iteration's loan ends with its last use.
fn main() {
    let mut v = vec![1, 2];
    for i in 0..2 {
        let r = &mut v[i];
        *r += 1;
    }
    println!("{:?}", v);
}
