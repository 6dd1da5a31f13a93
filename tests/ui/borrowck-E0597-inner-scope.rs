//@ compile-fail
//@ spec: 20.11
// A reference to a local of an inner block is used after the block ends.
fn main() {
    let r;
    {
        let x = 5;
        r = &x; //~ ERROR E0597
    }
    println!("{}", r);
}
