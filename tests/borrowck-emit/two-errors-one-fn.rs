//@ compile-fail
//@ spec: 21.7
// Two independent errors in one function, each with its own loan and later use.
fn main() {
    let mut a = 1;
    let mut b = 2;
    let ra = &a;
    a += 1; //~ ERROR E0506
    let rb = &mut b;
    b += 1; //~ ERROR E0503
    println!("{} {}", ra, rb);
}
