//@ compile-fail
//@ spec: 20.11
// A struct literal field holding a reference to a call's result passed through a function.
struct View<'a> { s: &'a str }
fn id<'a>(s: &'a String) -> &'a str { s.as_str() }
fn main() {
    let v = View { s: id(&format!("x{}", 1)) }; //~ ERROR E0716
    println!("{}", v.s);
}
