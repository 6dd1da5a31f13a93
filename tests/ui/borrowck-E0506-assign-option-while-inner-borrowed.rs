//@ compile-fail
//@ spec: 20.8
// Setting an Option to None while a reference into its Some is used.
fn main() {
    let mut o = Some(String::from("v"));
    let inner = o.as_ref().unwrap();
    o = None; //~ ERROR E0506
    println!("{} {:?}", inner, o);
}
