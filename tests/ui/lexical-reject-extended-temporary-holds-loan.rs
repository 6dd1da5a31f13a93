//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// `&v.iter().next()` extends the temporary `Option<&i32>` to the end of the block; the
// loan in it lives as long as the temporary's storage.
fn main() {
    let mut v = vec![1, 2];
    let head = &v.iter().next();
    println!("{:?}", head);
    v.push(3); //~ ERROR E0502
    println!("{:?}", v);
}
