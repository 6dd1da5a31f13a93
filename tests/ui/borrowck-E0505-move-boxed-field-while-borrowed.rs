//@ compile-fail
//@ spec: 20.9
// Moving a field out of a boxed struct while it is borrowed.
struct Person {
    name: String,
}
fn main() {
    let b = Box::new(Person { name: String::from("ada") });
    let r = &b.name;
    let n = b.name; //~ ERROR E0505
    println!("{} {}", r, n);
}
