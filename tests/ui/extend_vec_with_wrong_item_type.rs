//@ compile-fail
//@ spec: 16.9
//@ stderr-contains: the trait bound `Vec<i32>: Extend<&str>` is not satisfied
// Vec<i32> is Extend<i32> and Extend<&i32>, not Extend<&str>.
fn main() {
    let mut v: Vec<i32> = Vec::new();
    let w = vec!["a", "b"];
    v.extend(w); //~ ERROR E0277
    println!("{}", v.len());
}
