//@ compile-fail
//@ spec: 21.7
// E0716: the loan of a temporary outlives the statement that made it.
fn main() {
    let r: &String;
    r = &String::from("temp"); //~ ERROR E0716
    println!("{}", r);
}
