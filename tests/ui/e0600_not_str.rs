//@ compile-fail
//@ spec: 6.2
fn main() {
    let s = "hi";
    let t = !s; //~ ERROR E0600
}
