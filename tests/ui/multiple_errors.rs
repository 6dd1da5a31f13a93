//@ compile-fail
//@ spec: 1.3
fn main() {
    let a: bool = 1; //~ ERROR E0308
    let b = missing; //~ ERROR E0425
    let c = 5;
    c = 6;
    break; //~ ERROR E0268
}
