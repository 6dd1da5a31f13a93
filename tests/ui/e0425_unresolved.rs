//@ compile-fail
//@ spec: 4.4
fn main() {
    let x = 5;
    println!("{}", y); //~ ERROR E0425
    let z = x + undefined_fn(); //~ ERROR E0425
}
