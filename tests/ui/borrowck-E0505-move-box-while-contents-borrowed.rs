//@ compile-fail
//@ spec: 20.9
// A borrow of a Box's contents blocks moving the box.
fn main() {
    let b = Box::new(String::from("boxed"));
    let inner: &String = &b;
    let b2 = b; //~ ERROR E0505
    println!("{} {}", inner, b2);
}
