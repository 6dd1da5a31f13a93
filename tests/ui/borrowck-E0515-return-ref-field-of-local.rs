//@ compile-fail
//@ spec: 20.12
// A reference to a field of a local struct.
struct P { name: String }
fn get<'a>(_hint: &'a str) -> &'a String {
    let p = P { name: String::from("p") };
    &p.name //~ ERROR E0515
}
fn main() {
    println!("{}", get("x"));
}
