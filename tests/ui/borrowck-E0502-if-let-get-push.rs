//@ compile-fail
//@ spec: 20.7
// The reference bound by `if let Some(x) = v.get(0)` is used after the push in the body.
fn main() {
    let mut v = vec![7];
    if let Some(x) = v.get(0) {
        v.push(1); //~ ERROR E0502
        println!("{}", x);
    }
}
