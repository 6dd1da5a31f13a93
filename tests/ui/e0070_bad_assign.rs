//@ compile-fail
//@ spec: 6.5
fn main() {
    5 = 6; //~ ERROR E0070
}
