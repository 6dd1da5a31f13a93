//@ run-pass
//@ spec: 20.13
// Naive checker: rejects returning a closure; a `move` closure owns its captures.
fn adder(n: i32) -> impl Fn(i32) -> i32 { move |x| x + n }
fn counter() -> impl FnMut() -> u32 {
    let mut c = 0;
    move || { c += 1; c }
}
fn main() {
    let add5 = adder(5);
    let mut next = counter();
    println!("{} {} {} {}", add5(1), next(), next(), add5(next() as i32));
}
