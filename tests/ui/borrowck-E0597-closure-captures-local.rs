//@ compile-fail
//@ spec: 20.13
// A closure that borrows a local of an inner block is called after the block.
fn main() {
    let f;
    {
        let n = 3;
        f = || n + 1; //~ ERROR E0597
    }
    println!("{}", f());
}
