//@ compile-fail
//@ spec: 20.12
// A closure's annotated reference parameters and result each have their own region:
// returning the second parameter needs it to outlive the result's.
fn main() {
    let second = |_a: &i32, b: &i32| -> &i32 { b }; //~ ERROR lifetime may not live long enough
    println!("{}", second(&1, &2));
}
