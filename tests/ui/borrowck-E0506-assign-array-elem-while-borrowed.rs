//@ compile-fail
//@ spec: 20.8
// Writing an array element while another element is borrowed: indexes conflict.
fn main() {
    let mut a = [1, 2, 3];
    let r = &a[0];
    a[2] = 9; //~ ERROR E0506
    println!("{} {:?}", r, a);
}
