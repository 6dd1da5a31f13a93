//@ run-pass
//@ spec: 20.3
// Lexical checker rejects: `rows` borrows `v` for the rest of main, so `v[i].push` conflicts.
fn main() {
    let mut v = vec![vec![1, 2], vec![3, 4], vec![5]];
    let rows = &v;
    let found = 'outer: loop {
        for (i, row) in rows.iter().enumerate() {
            for x in row {
                if *x == 3 {
                    break 'outer Some(i);
                }
            }
        }
        break None;
    };
    if let Some(i) = found {
        v[i].push(30);
    }
    println!("{:?} {:?}", found, v);
}
