//@ compile-fail
//@ spec: 5.5
fn main() {
    break; //~ ERROR E0268
}
