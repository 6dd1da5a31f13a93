//@ compile-fail
//@ spec: 20.7
// A reference into an Option (via as_ref) is live across take().
fn main() {
    let mut o = Some(String::from("x"));
    let inner = o.as_ref().unwrap();
    let taken = o.take(); //~ ERROR E0502
    println!("{} {:?}", inner, taken);
}
