//@ compile-fail
//@ spec: 20.12
// Two anonymous lifetimes: the pushed reference must outlive the Vec's element lifetime.
fn add(v: &mut Vec<&i32>, x: &i32) {
    v.push(x); //~ ERROR lifetime may not live long enough
}
fn main() {
    let a = 1;
    let mut v = Vec::new();
    add(&mut v, &a);
    println!("{:?}", v);
}
