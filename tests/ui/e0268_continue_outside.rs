//@ compile-fail
//@ spec: 5.5
fn helper() {
    continue; //~ ERROR E0268
}

fn main() {
    helper();
}
