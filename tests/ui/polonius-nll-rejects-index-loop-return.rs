//@ compile-fail
//@ spec: 21.3
// The NLL twin of polonius-accept-index-loop-return: NLL keeps the returned loan live on every
// path.
fn first_even(v: &mut Vec<i32>) -> &mut i32 {
    for i in 0..v.len() {
        let r = &mut v[i]; //~ ERROR E0499
        if *r % 2 == 0 {
            return r;
        }
    }
    v.push(0); //~ ERROR E0499
    v.last_mut().unwrap() //~ ERROR E0499
}

fn main() {
    let mut a = vec![1, 3, 4];
    let mut b = vec![1];
    *first_even(&mut a) += 10;
    *first_even(&mut b) += 10;
    println!("{:?} {:?}", a, b);
}
