//@ compile-fail
//@ spec: 21.3
// The NLL twin of polonius-accept-slice-first-or-set: NLL keeps the returned loan live on every
// path.
fn positive_first(v: &mut [i32]) -> &i32 {
    let first = &v[0];
    if *first > 0 {
        return first;
    }
    v[0] = 1; //~ ERROR E0506
    &v[0]
}

fn main() {
    let mut a = [3, 4];
    let mut b = [-3, 4];
    println!("{}", positive_first(&mut a));
    println!("{}", positive_first(&mut b));
    println!("{:?}", b);
}
