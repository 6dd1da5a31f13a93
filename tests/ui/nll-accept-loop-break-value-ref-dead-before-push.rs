//@ run-pass
//@ spec: 20.3
// Lexical checker rejects: `found` still holds the borrow of `v` (in scope to the end of main) at the push.
fn main() {
    let mut v = vec![3, 8, 1, 9];
    let mut i = 0;
    let found: &i32 = loop {
        let cand = &v[i];
        if *cand > 5 {
            break cand;
        }
        i += 1;
    };
    let copy = *found;
    v.push(copy * 2);
    println!("{:?} first big at {}", v, i);
}
