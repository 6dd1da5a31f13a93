//@ compile-fail
//@ spec: 16.9
// A String has no Product impl.
fn main() {
    let words = vec![String::from("a")];
    let p: String = words.into_iter().product(); //~ ERROR E0277
    println!("{}", p);
}
