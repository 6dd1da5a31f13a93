//@ run-pass
//@ spec: 20.13
// A closure holding &mut count is called twice and then dead; count is read directly.
// Lexical checker rejects: the unique borrow by `inc` lasts to the end of main.
fn main() {
    let mut count = 0;
    let mut inc = |by: i32| count += by;
    inc(3);
    inc(4);
    println!("count = {}", count);
    count *= 2;
    println!("doubled = {}", count);
}
