//@ compile-fail
//@ spec: 20.7
// `for x in &v` keeps v borrowed over the loop body.
fn main() {
    let mut v = vec![1, 2, 3];
    for x in &v {
        if *x == 2 {
            v.push(4); //~ ERROR E0502
        }
    }
    println!("{:?}", v);
}
