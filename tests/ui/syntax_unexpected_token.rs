//@ compile-fail
//@ spec: 2.3
fn main() {
    let x = 5 + ; //~ ERROR expected expression
}
