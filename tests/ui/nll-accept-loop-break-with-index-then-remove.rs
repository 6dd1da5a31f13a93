//@ run-pass
//@ spec: 20.16
// A loop scans by reference and breaks with an index; the borrow ends before remove.
// Lexical checker rejects: the reference `x` is considered alive at the remove call.
fn main() {
    let mut v = vec![3, 6, 9, 12];
    let mut idx = 0;
    for (i, x) in v.iter().enumerate() {
        if *x % 2 == 0 {
            idx = i;
            break;
        }
    }
    let gone = v.remove(idx);
    println!("removed {} -> {:?}", gone, v);
}
