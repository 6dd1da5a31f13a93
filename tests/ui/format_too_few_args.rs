//@ compile-fail
//@ spec: 7.4
fn main() {
    println!("{} {}", 1); //~ ERROR 2 positional arguments
}
