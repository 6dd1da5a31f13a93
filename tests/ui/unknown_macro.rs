//@ compile-fail
//@ spec: 7.4
fn main() {
    frobnicate!(1, 2); //~ ERROR cannot find macro
}
