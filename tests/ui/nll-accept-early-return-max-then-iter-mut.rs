//@ run-pass
//@ spec: 20.3
// Lexical checker rejects: `max` borrows `v` for the whole fn, so `v.iter_mut()` conflicts.
fn normalize(v: &mut Vec<i32>) -> i32 {
    let max = v.iter().max();
    let m = match max {
        None => return 0,
        Some(m) => *m,
    };
    for x in v.iter_mut() {
        *x -= m;
    }
    m
}
fn main() {
    let mut v = vec![3, 9, 4];
    let m = normalize(&mut v);
    let mut e = Vec::new();
    println!("{} {:?} {}", m, v, normalize(&mut e));
}
