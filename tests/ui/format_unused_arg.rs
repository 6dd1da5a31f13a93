//@ compile-fail
//@ spec: 7.4
fn main() {
    println!("{}", 1, 2); //~ ERROR argument never used
}
