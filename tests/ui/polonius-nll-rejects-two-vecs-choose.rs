//@ compile-fail
//@ spec: 21.3
// The NLL twin of polonius-accept-two-vecs-choose: NLL keeps the returned loan live on every path.
fn pick<'a>(a: &'a mut Vec<i32>, b: &'a mut Vec<i32>) -> &'a mut i32 {
    if let Some(x) = a.first_mut() {
        return x;
    }
    a.push(b.len() as i32); //~ ERROR E0499
    b.push(0);
    a.first_mut().unwrap() //~ ERROR E0499
}

fn main() {
    let mut a = Vec::new();
    let mut b = vec![5, 6];
    *pick(&mut a, &mut b) += 1;
    *pick(&mut a, &mut b) += 1;
    println!("{:?} {:?}", a, b);
}
