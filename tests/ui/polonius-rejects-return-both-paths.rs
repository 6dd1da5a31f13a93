//@ compile-fail
//@ compile-flags: --borrowck=polonius
//@ spec: 21.3
// Rejected by polonius as by NLL. x is returned on one path and used after v.push on the other:
// the loan is live on both.
fn pick(v: &mut Vec<i32>, c: bool) -> &mut i32 {
    let x = v.first_mut().unwrap();
    if c {
        return x;
    }
    v.push(1); //~ ERROR E0499
    *x += 1;
    v.last_mut().unwrap()
}

fn main() {
    let mut v = vec![1];
    *pick(&mut v, false) += 1;
    println!("{:?}", v);
}
