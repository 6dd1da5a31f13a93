//@ run-pass
//@ spec: 20.3
// Naive checker: rejects pushing to one row after reading through a borrow of another row.
fn main() {
    let mut rows = vec![vec![1, 2], vec![3]];
    let len0 = rows[0].len();
    let last = *rows[1].last().unwrap();
    rows[1].push(len0 as i32 + last);
    let copy = rows[0].clone();
    rows[0].extend(copy);
    rows.push(Vec::new());
    println!("{:?}", rows);
}
