//@ compile-fail
//@ spec: 20.11
// `r = &make()` in an assignment: the temporary is not extended (only `let` extends).
fn make() -> Vec<i32> { vec![1, 2] }
fn main() {
    let r: &Vec<i32>;
    r = &make(); //~ ERROR E0716
    println!("{:?}", r);
}
