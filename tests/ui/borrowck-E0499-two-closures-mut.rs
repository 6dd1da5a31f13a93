//@ compile-fail
//@ spec: 20.13
// Two closures that both mutate one variable cannot be live at once.
fn main() {
    let mut v = Vec::new();
    let mut a = |x: i32| v.push(x);
    let mut b = |x: i32| v.push(x * 2); //~ ERROR E0499
    a(1);
    b(2);
    println!("{:?}", v);
}
