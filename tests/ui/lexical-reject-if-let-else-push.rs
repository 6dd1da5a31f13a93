//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// The `if let` scrutinee's borrow covers the `else` branch as well.
fn main() {
    let mut v = vec![4, 5];
    if let Some(x) = v.first() {
        println!("first {}", x);
    } else {
        v.push(1); //~ ERROR E0502
    }
    println!("{:?}", v);
}
