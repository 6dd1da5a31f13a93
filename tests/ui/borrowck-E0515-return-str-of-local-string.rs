//@ compile-fail
//@ spec: 20.12
// Returning `.as_str()` of a String owned by the function.
fn name(id: u32) -> &'static str {
    let s = format!("user{}", id);
    s.as_str() //~ ERROR E0515
}
fn main() {
    println!("{}", name(3));
}
