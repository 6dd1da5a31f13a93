//@ compile-fail
//@ spec: 20.2
// `rest @ ..` of a slice by value would be an unsized local.
fn f(s: &[i32]) -> usize {
    if let [_, rest @ ..] = *s { //~ ERROR E0277
        return rest.len();
    }
    0
}
fn main() {
    println!("{}", f(&[1, 2]));
}
