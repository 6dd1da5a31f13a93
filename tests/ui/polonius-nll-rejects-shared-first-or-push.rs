//@ compile-fail
//@ spec: 21.3
// The NLL twin of polonius-accept-shared-first-or-push: NLL keeps the returned loan live on every
// path.
fn first_positive(v: &mut Vec<i32>) -> &i32 {
    if let Some(x) = v.iter().find(|x| **x > 0) {
        return x;
    }
    v.push(1); //~ ERROR E0502
    &v[v.len() - 1]
}

fn main() {
    let mut a = vec![-1, 4, 5];
    let mut b = vec![-2];
    println!("{}", first_positive(&mut a));
    println!("{}", first_positive(&mut b));
    println!("{:?}", b);
}
