//@ run-pass
//@ spec: 20.3
// Lexical checker rejects: `r` borrows `opt` for the loop body, so the `None` arm cannot assign `opt`.
fn main() {
    let mut opt: Option<Vec<i32>> = None;
    for i in 0..4 {
        let r = opt.as_mut();
        match r {
            Some(v) => v.push(i),
            None => opt = Some(vec![i * 100]),
        }
    }
    println!("{:?}", opt);
}
