//@ run-pass
//@ spec: 20.3
// Naive checker: rejects a &mut borrow created in every loop iteration as overlapping itself.
fn main() {
    let mut v = vec![0; 3];
    let mut log = Vec::new();
    for i in 0..6 {
        let slot = &mut v[i % 3];
        *slot += i;
        log.push(*slot);
    }
    println!("{:?} {:?}", v, log);
}
