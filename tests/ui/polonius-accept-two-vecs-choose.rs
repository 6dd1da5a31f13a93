//@ run-pass
//@ compile-flags: --borrowck=polonius
//@ spec: 21.3
// NLL rejects, polonius accepts. With two 'a arguments, the loan of *a returned from the if let is
// not live where a.push runs.
fn pick<'a>(a: &'a mut Vec<i32>, b: &'a mut Vec<i32>) -> &'a mut i32 {
    if let Some(x) = a.first_mut() {
        return x;
    }
    a.push(b.len() as i32);
    b.push(0);
    a.first_mut().unwrap()
}

fn main() {
    let mut a = Vec::new();
    let mut b = vec![5, 6];
    *pick(&mut a, &mut b) += 1;
    *pick(&mut a, &mut b) += 1;
    println!("{:?} {:?}", a, b);
}
