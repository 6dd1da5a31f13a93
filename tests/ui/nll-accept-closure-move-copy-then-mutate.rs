//@ run-pass
//@ spec: 20.13
// Naive checker: treats a `move` closure of a Copy value as borrowing the original.
fn main() {
    let mut x = 3;
    let add = move |y: i32| x + y;
    x += 100;
    println!("{} {}", add(1), x);
}
