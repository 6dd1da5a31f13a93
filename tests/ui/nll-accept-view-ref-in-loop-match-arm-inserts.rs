//@ run-pass
//@ spec: 20.5
// A shared view used only in the match scrutinee is dead in the arm that inserts.
// Lexical checker rejects: `view` borrows v for the loop body, overlapping v.insert.
fn main() {
    let mut v = vec![1, 4, 9, 16];
    for x in [5, 9, 0] {
        let view = &v;
        match view.iter().position(|y| *y >= x) {
            Some(i) if v[i] == x => println!("{} at {}", x, i),
            Some(i) => v.insert(i, x),
            None => v.push(x),
        }
    }
    println!("{:?}", v);
}
