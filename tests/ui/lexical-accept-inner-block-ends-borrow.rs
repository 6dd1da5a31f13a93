//@ run-pass
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// The Rust 2015 workaround: a block ends the reference's scope, and with it the loan.
fn main() {
    let mut scores = vec![10, 20, 30];
    {
        let first = &scores[0];
        println!("first {}", first);
    }
    scores.push(40);
    println!("{:?}", scores);
}
