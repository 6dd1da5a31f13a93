//@ compile-fail
//@ spec: 14.18
fn main() {
    let d = 5.0.into(); //~ ERROR E0283
    println!("{}", 1);
}
