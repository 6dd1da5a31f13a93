//@ compile-fail
//@ spec: 20.16
// A `&mut` taken before a loop and used in it blocks reading the place in the condition.
fn main() {
    let mut i = 0;
    let step = &mut i;
    while i < 3 { //~ ERROR E0503
        *step += 1;
    }
    println!("{}", i);
}
