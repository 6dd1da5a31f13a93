//@ run-pass
//@ spec: 20.3
// Lexical checker rejects: `cur` (a `&mut` into `runs`) is in scope in the branch that pushes to `runs`.
fn main() {
    let mut runs: Vec<Vec<i32>> = vec![Vec::new()];
    for x in [1, 1, 2, 3, 3, 3] {
        let cur = runs.last_mut().unwrap();
        let same = match cur.last() {
            Some(l) => *l == x,
            None => true,
        };
        if same {
            cur.push(x);
        } else {
            runs.push(vec![x]);
        }
    }
    println!("{:?}", runs);
}
