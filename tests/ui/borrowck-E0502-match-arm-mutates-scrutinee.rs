//@ compile-fail
//@ spec: 20.7
// A binding from `match &v` is still used after the arm mutates v.
fn main() {
    let mut v = vec![1, 2];
    match v.first() {
        Some(x) => {
            v.push(*x); //~ ERROR E0502
            println!("{}", x);
        }
        None => {}
    }
}
