//@ run-pass
//@ spec: 20.4
// Naive checker: rejects re-filling an Option<&mut T> inside `while let Some(r) = opt.take()`.
fn main() {
    let mut data = [1, 2, 3, 4];
    let mut cur: Option<&mut [i32]> = Some(&mut data);
    let mut rounds = 0;
    while let Some(s) = cur.take() {
        s[0] *= 10;
        rounds += 1;
        if s.len() > 1 {
            cur = Some(&mut s[1..]);
        }
    }
    println!("{} {:?}", rounds, data);
}
