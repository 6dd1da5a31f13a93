//@ run-pass
//@ compile-flags: --borrowck=polonius
//@ spec: 21.3
// NLL rejects, polonius accepts. A shared loan of v[0] returned on one path does not stop the
// write to v[0] on the other.
fn positive_first(v: &mut [i32]) -> &i32 {
    let first = &v[0];
    if *first > 0 {
        return first;
    }
    v[0] = 1;
    &v[0]
}

fn main() {
    let mut a = [3, 4];
    let mut b = [-3, 4];
    println!("{}", positive_first(&mut a));
    println!("{}", positive_first(&mut b));
    println!("{:?}", b);
}
