//@ run-pass
//@ spec: 20.3
// Naive checker: rejects using the scrutinee after an arm that bound `ref mut` parts of it.
struct Acc { total: i64, hist: Vec<i64> }
fn main() {
    let mut acc = Acc { total: 0, hist: Vec::new() };
    for x in [4i64, -2, 7] {
        match acc {
            Acc { ref mut total, ref mut hist } if x > 0 => { *total += x; hist.push(x); }
            Acc { ref mut hist, .. } => hist.push(0),
        }
        acc.total *= 2;
    }
    println!("{} {:?}", acc.total, acc.hist);
}
