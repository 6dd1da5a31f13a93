//@ compile-fail
//@ spec: 20.7
// `a.len()` of an array borrows the whole array, which conflicts with a live `&mut a[0]`.
fn main() {
    let mut a = [10, 20, 30];
    let y = &mut a[0];
    *y += a.len() as i32; //~ ERROR E0502
    println!("{:?}", a);
}
