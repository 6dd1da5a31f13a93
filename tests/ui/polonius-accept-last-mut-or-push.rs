//@ run-pass
//@ compile-flags: --borrowck=polonius
//@ spec: 21.3
// NLL rejects, polonius accepts. The loan of last_mut() flows into the return only when it is
// returned.
fn last_nonzero(v: &mut Vec<i32>) -> &mut i32 {
    let last = v.last_mut();
    if let Some(x) = last {
        if *x != 0 {
            return x;
        }
    }
    v.push(1);
    v.last_mut().unwrap()
}

fn main() {
    let mut a = vec![0];
    let mut b = vec![2];
    *last_nonzero(&mut a) += 5;
    *last_nonzero(&mut b) += 5;
    println!("{:?} {:?}", a, b);
}
