//@ run-pass
//@ spec: 20.12
// With the same named lifetime on both parameters, either may be returned or stored.
fn pick<'a>(x: &'a i32, y: &'a i32) -> &'a i32 {
    if *x > *y { x } else { y }
}
fn add<'a>(v: &mut Vec<&'a str>, s: &'a str) {
    v.push(s);
}
struct Holder<'a> { r: &'a i32 }
fn set<'a>(h: &mut Holder<'a>, x: &'a i32) {
    h.r = x;
}
fn main() {
    let (a, b) = (1, 2);
    println!("{}", pick(&a, &b));
    let mut v = Vec::new();
    add(&mut v, "x");
    add(&mut v, "y");
    println!("{:?}", v);
    let mut h = Holder { r: &a };
    set(&mut h, &b);
    println!("{}", h.r);
}
