//@ run-pass
//@ spec: 20.3
// Naive checker: keeps the borrow from as_ref() over Option::replace.
fn main() {
    let mut cur = Some(1);
    let mut seen = Vec::new();
    for i in 2..5 {
        let prev = cur.as_ref().map(|x| *x * 10);
        let old = cur.replace(i);
        seen.push((prev, old));
    }
    println!("{:?} {:?}", seen, cur);
}
