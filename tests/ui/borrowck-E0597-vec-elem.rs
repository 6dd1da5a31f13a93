//@ compile-fail
//@ spec: 20.11
// A reference to a Vec element outlives the Vec.
fn main() {
    let first;
    {
        let v = vec![1, 2, 3];
        first = &v[0]; //~ ERROR E0597
    }
    println!("{}", first);
}
