//@ run-pass
//@ spec: 20.3
// Naive checker: keeps both candidates borrowed (r is assigned in either branch) to scope end.
fn main() {
    let mut a = 1;
    let mut b = 2;
    let r: &i32;
    if a < b { r = &a; } else { r = &b; }
    let picked = *r;
    a += 10;
    b += 20;
    println!("{} {} {}", picked, a, b);
}
