//@ compile-fail
//@ spec: 21.3
// The NLL twin of polonius-accept-loop-find-or-push: NLL keeps the returned loan live on every
// path.
fn find_big(v: &mut Vec<i32>) -> &mut i32 {
    loop {
        if let Some(x) = v.iter_mut().find(|x| **x > 10) { //~ ERROR E0499
            return x;
        }
        let next = v.len() as i32 * 4; //~ ERROR E0502
        v.push(next); //~ ERROR E0499
    }
}

fn main() {
    let mut v = vec![1];
    *find_big(&mut v) += 100;
    println!("{:?}", v);
}
