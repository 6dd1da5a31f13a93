//@ compile-fail
//@ spec: 20.12
// Assigning one struct's reference field into another with an unrelated lifetime.
struct H<'a> { r: &'a i32 }
fn copy_into<'a, 'b>(dst: &mut H<'a>, src: &H<'b>) {
    dst.r = src.r; //~ ERROR lifetime may not live long enough
}
fn main() {
    let (x, y) = (1, 2);
    let mut a = H { r: &x };
    copy_into(&mut a, &H { r: &y });
    println!("{}", a.r);
}
