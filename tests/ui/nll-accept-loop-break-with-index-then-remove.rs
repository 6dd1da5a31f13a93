//@ run-pass
//@ spec: 20.16
// A loop scans by reference and breaks with an index; the borrow ends before remove.
// Lexical checker rejects: `it` holds a borrow of v to the end of main, overlapping remove.
fn main() {
    let mut v = vec![3, 6, 9, 12];
    let mut idx = 0;
    let it = v.iter().enumerate();
    for (i, x) in it {
        if *x % 2 == 0 {
            idx = i;
            break;
        }
    }
    let gone = v.remove(idx);
    println!("removed {} -> {:?}", gone, v);
}
