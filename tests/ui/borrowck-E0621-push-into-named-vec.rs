//@ compile-fail
//@ spec: 20.12
// Pushing an anonymous-lifetime reference into `Vec<&'a str>`.
fn add<'a>(v: &mut Vec<&'a str>, s: &str) {
    v.push(s); //~ ERROR E0621
}
fn main() {
    let mut v = Vec::new();
    add(&mut v, "a");
    println!("{:?}", v);
}
