//@ run-pass
//@ compile-flags: --borrowck=polonius
//@ spec: 21.3
// NLL rejects, polonius accepts. A shared loan returned on one path does not stop v.push on the
// other path.
fn first_positive(v: &mut Vec<i32>) -> &i32 {
    if let Some(x) = v.iter().find(|x| **x > 0) {
        return x;
    }
    v.push(1);
    &v[v.len() - 1]
}

fn main() {
    let mut a = vec![-1, 4, 5];
    let mut b = vec![-2];
    println!("{}", first_positive(&mut a));
    println!("{}", first_positive(&mut b));
    println!("{:?}", b);
}
