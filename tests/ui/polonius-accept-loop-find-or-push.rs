//@ run-pass
//@ compile-flags: --borrowck=polonius
//@ spec: 21.3
// NLL rejects, polonius accepts. Problem case #3 in a loop: each iteration's loan flows to the
// return only on the path that returns.
fn find_big(v: &mut Vec<i32>) -> &mut i32 {
    loop {
        if let Some(x) = v.iter_mut().find(|x| **x > 10) {
            return x;
        }
        let next = v.len() as i32 * 4;
        v.push(next);
    }
}

fn main() {
    let mut v = vec![1];
    *find_big(&mut v) += 100;
    println!("{:?}", v);
}
