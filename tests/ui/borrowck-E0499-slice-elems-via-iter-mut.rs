//@ compile-fail
//@ spec: 20.7
// Two `iter_mut()` of one slice alive at once.
fn main() {
    let mut a = [1, 2, 3];
    let mut it1 = a.iter_mut();
    let mut it2 = a.iter_mut(); //~ ERROR E0499
    if let (Some(x), Some(y)) = (it1.next(), it2.next()) { *x += *y; }
    println!("{:?}", a);
}
