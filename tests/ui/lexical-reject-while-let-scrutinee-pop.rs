//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// A `while let` scrutinee's temporary lives through the body.
fn main() {
    let mut v = vec![1, 2, 3];
    while let Some(&x) = v.last() {
        if x < 2 {
            break;
        }
        v.pop(); //~ ERROR E0502
    }
    println!("{:?}", v);
}
