//@ compile-fail
//@ spec: 20.7
// `for x in v.iter_mut()` holds v mutably borrowed for the whole loop.
fn main() {
    let mut v = vec![1, 2];
    for x in v.iter_mut() {
        *x += 1;
        v.push(3); //~ ERROR E0499
    }
    println!("{:?}", v);
}
