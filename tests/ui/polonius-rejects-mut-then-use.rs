//@ compile-fail
//@ compile-flags: --borrowck=polonius
//@ spec: 21.3
// Rejected by polonius as by NLL. A &mut still used later makes the read of x an error under any
// rule.
fn main() {
    let mut x = 1;
    let r = &mut x;
    x += 1; //~ ERROR E0503
    *r += 1;
    println!("{}", x);
}
