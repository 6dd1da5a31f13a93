//@ compile-fail
//@ spec: 20.11
// A loop breaking with a reference to a local of its body.
fn main() {
    let r = loop {
        let x = 5;
        break &x; //~ ERROR E0597
    };
    println!("{}", r);
}
