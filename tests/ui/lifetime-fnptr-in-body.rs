//@ compile-fail
//@ spec: 19.4
fn main() {
    let f: fn(&i32, &i32) -> &i32; //~ ERROR E0106
}
