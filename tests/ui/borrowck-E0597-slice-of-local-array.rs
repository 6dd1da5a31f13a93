//@ compile-fail
//@ spec: 20.11
// A slice of a local array outlives the array.
fn main() {
    let s: &[i32];
    {
        let a = [1, 2, 3];
        s = &a[1..]; //~ ERROR E0597
    }
    println!("{:?}", s);
}
