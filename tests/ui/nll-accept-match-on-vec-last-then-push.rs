//@ run-pass
//@ spec: 20.5
// A match on v.last() reads the element in an arm, and after the match v is pushed.
// Lexical checker rejects: the match scrutinee's borrow is tied to the enclosing statement.
fn main() {
    let mut v: Vec<i32> = Vec::new();
    for i in 0..4 {
        let next = match v.last() {
            Some(x) => x + i,
            None => 1,
        };
        v.push(next);
    }
    println!("{:?}", v);
}
