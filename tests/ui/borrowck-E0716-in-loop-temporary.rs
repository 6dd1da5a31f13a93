//@ compile-fail
//@ spec: 20.11
// In a loop, a reference to a temporary stored in an outer variable.
fn main() {
    let mut last: &String = &String::new();
    for i in 0..2 {
        last = &i.to_string(); //~ ERROR E0716
    }
    println!("{}", last);
}
