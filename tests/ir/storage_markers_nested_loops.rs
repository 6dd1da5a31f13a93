//@ run-pass
//@ check-ir
//@ spec: 9.4
// A labelled `break 'outer` and `continue 'outer` from the inner loop end the storage of
// the inner and the outer iteration's variables; a plain `continue` only the inner's.
fn main() {
    let mut hits = 0;
    'outer: for i in 0..4 {
        let row = vec![i; 3];
        for j in 0..3 {
            let cell = row[j] * j;
            if cell == 2 {
                continue 'outer;
            }
            if cell > 4 {
                break 'outer;
            }
            if j == 0 {
                continue;
            }
            hits += cell;
        }
    }
    println!("{}", hits);
}
