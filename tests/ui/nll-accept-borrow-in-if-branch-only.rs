//@ run-pass
//@ spec: 20.3
// Naive checker: keeps the borrow taken in one branch alive across the later write.
fn main() {
    let mut total = 0;
    let mut v = vec![4, 5, 6];
    for round in 0..3 {
        if round % 2 == 0 {
            let last = v.last().unwrap();
            total += *last;
        }
        v.push(round);
    }
    println!("total = {}, v = {:?}", total, v);
}
