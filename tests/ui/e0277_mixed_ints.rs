//@ compile-fail
//@ spec: 6.2
fn main() {
    let a: i32 = 1;
    let b: i64 = 2;
    let c = a + b; //~ ERROR E0308
    //~^ ERROR E0277
}
