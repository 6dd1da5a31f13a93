//@ compile-fail
//@ spec: 20.11
// A reference into a Box's contents outlives the Box.
fn main() {
    let r: &i32;
    {
        let b = Box::new(7);
        r = &*b; //~ ERROR E0597
    }
    println!("{}", r);
}
