//@ run-pass
//@ compile-flags: --borrowck=polonius
//@ spec: 21.3
// NLL rejects, polonius accepts. A loan taken in a loop iteration and returned from it is not live
// after the loop, where v.push runs.
fn first_even(v: &mut Vec<i32>) -> &mut i32 {
    for i in 0..v.len() {
        let r = &mut v[i];
        if *r % 2 == 0 {
            return r;
        }
    }
    v.push(0);
    v.last_mut().unwrap()
}

fn main() {
    let mut a = vec![1, 3, 4];
    let mut b = vec![1];
    *first_even(&mut a) += 10;
    *first_even(&mut b) += 10;
    println!("{:?} {:?}", a, b);
}
