//@ compile-fail
//@ spec: 20.13
// A closure that mutates n holds a unique borrow; reading n before its last call conflicts.
fn main() {
    let mut n = 0;
    let mut add = |k: i32| n += k;
    add(1);
    let seen = n; //~ ERROR E0503
    add(2);
    println!("{} {}", seen, n);
}
