//@ run-pass
//@ spec: 20.5
// A match on v.last() reads the element in an arm, and after the match v is pushed.
// Lexical checker rejects: `last` borrows v for the whole loop body, overlapping v.push.
fn main() {
    let mut v: Vec<i32> = Vec::new();
    for i in 0..4 {
        let last = v.last();
        let next = match last {
            Some(x) => x + i,
            None => 1,
        };
        v.push(next);
    }
    println!("{:?}", v);
}
