//@ compile-fail
//@ compile-flags: --borrowck=polonius
//@ spec: 21.3
// Rejected by polonius as by NLL. The loan of x is pushed through r = &mut v: invariance carries
// it back to v, which is used after x dies.
fn main() {
    let mut v: Vec<&i32> = Vec::new();
    {
        let x = 1;
        let r = &mut v;
        r.push(&x); //~ ERROR E0597
    }
    println!("{:?}", v);
}
