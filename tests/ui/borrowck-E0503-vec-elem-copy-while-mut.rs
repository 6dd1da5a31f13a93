//@ compile-fail
//@ spec: 20.10
// Copying an element through Index while the vector is mutably borrowed is E0502 (Index borrows),
// but copying an array element is a plain use: E0503.
fn main() {
    let mut a = [1, 2, 3];
    let all = &mut a;
    let first = a[0]; //~ ERROR E0503
    all[1] = first;
    println!("{:?}", a);
}
