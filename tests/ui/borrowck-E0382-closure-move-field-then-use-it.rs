//@ compile-fail
//@ spec: 20.13
// A `move` closure takes `s.name`: `s.id` stays usable, `s.name` does not.
struct S {
    id: u32,
    name: String,
}
fn main() {
    let s = S { id: 7, name: String::from("n") };
    let c = move || s.name.len();
    println!("{} {}", s.id, c());
    println!("{}", s.name); //~ ERROR E0382
}
