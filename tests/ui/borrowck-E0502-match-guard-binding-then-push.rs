//@ compile-fail
//@ spec: 20.7
// The guard's binding `x` borrows into `v` and is used in the arm after `v.push`.
fn main() {
    let mut v = vec![1, 2, 3];
    match v.last() {
        Some(x) if *x > 2 => {
            v.push(0); //~ ERROR E0502
            println!("{}", x);
        }
        _ => {}
    }
}
