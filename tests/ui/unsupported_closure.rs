//@ compile-fail
//@ subset-limit: rustc accepts this; Patina names the missing feature
//@ spec: 1.2
fn main() {
    let add = |a: i32, b: i32| a + b; //~ ERROR not supported
}
