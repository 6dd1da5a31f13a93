//@ compile-fail
//@ spec: 11.13
unsafe fn danger() -> i32 { 1 }

fn main() {
    let x = 5;
    let p = &x as *const i32;
    let y = *p; //~ ERROR E0133
    let z = danger(); //~ ERROR E0133
}
