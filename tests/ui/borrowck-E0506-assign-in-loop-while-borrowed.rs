//@ compile-fail
//@ spec: 20.16
// A reference kept from an earlier iteration blocks the write in the next one.
fn main() {
    let mut cur = 0;
    let mut prev: &i32 = &0;
    for i in 1..4 {
        cur = i; //~ ERROR E0506
        println!("{}", prev);
        prev = &cur;
    }
}
