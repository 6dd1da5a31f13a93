//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// `x` dies at the inner block's end while `r` still holds it: E0597 under every rule.
fn main() {
    let r;
    {
        let x = 5;
        r = &x; //~ ERROR E0597
    }
    println!("{}", r);
}
