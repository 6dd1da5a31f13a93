//@ run-pass
//@ spec: 20.17a
// A `&mut i32` stored in a `&i32` field or passed to a `&i32` parameter is reborrowed
// shared (`&*m`): m stays usable for writes once the shared borrow is done.
struct S<'a> { r: &'a i32 }
fn g(x: &i32) -> i32 { *x }
fn main() {
    let mut a = 1;
    let m = &mut a;
    let s = S { r: m };
    println!("{}", s.r);
    *m = 5;
    println!("{}", g(m));
    *m = 6;
    let t = (6, 2);
    println!("{:?}", t);
    *m = 7;
    let arr: [&i32; 1] = [m];
    println!("{:?}", arr);
    *m += 1;
    println!("{}", a);
}
