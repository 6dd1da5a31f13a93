//@ compile-fail
//@ spec: 21.3
// The NLL twin of polonius-accept-last-mut-or-push: NLL keeps the returned loan live on every path.
fn last_nonzero(v: &mut Vec<i32>) -> &mut i32 {
    let last = v.last_mut();
    if let Some(x) = last {
        if *x != 0 {
            return x;
        }
    }
    v.push(1); //~ ERROR E0499
    v.last_mut().unwrap() //~ ERROR E0499
}

fn main() {
    let mut a = vec![0];
    let mut b = vec![2];
    *last_nonzero(&mut a) += 5;
    *last_nonzero(&mut b) += 5;
    println!("{:?} {:?}", a, b);
}
