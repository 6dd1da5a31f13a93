//@ run-pass
//@ spec: 20.13
// Two closures each mutably capture the same Vec, one after the other, then the owner pushes.
// Lexical checker rejects: both closures are in scope at once, two unique borrows of log.
fn main() {
    let mut log: Vec<i32> = Vec::new();
    let mut rec = |x: i32| log.push(x);
    rec(1);
    rec(2);
    let mut add = |x: i32| log.push(x * 10);
    add(3);
    log.push(4);
    println!("{:?}", log);
}
