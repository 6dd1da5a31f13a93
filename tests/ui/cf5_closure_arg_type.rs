//@ compile-fail
//@ spec: 15.1
// A closure's annotated parameter types are checked at each call, and its inferred ones are
// fixed by the first call.
fn main() {
    let square = |x: i32| x * x;
    println!("{}", square(true)); //~ ERROR E0308
    let shout = |n| n + 1;
    println!("{}", shout(5u8));
    println!("{}", shout(5u16)); //~ ERROR E0308
}
