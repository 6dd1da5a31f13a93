//@ compile-fail
//@ spec: 21.7
// E0597: `x` dies at the end of the inner block while the loan stored in `r` is live.
fn main() {
    let r;
    {
        let x = 5;
        r = &x; //~ ERROR E0597
    }
    println!("{}", r);
}
