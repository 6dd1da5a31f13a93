//@ run-pass
//@ spec: 20.3
// Lexical checker rejects: `last` (a borrow of `seen`) lives to the end of the loop body, past `seen.push`.
fn main() {
    let mut work = vec![40];
    let mut seen: Vec<i32> = Vec::new();
    while let Some(n) = work.pop() {
        let last = seen.last();
        let prev = match last {
            Some(p) => *p,
            None => 0,
        };
        seen.push(n + prev);
        if n > 1 {
            work.push(n / 2);
        }
    }
    println!("{:?}", seen);
}
