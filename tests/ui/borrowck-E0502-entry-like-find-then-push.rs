//@ compile-fail
//@ spec: 20.7
// The found element is printed after the Vec was pushed to.
fn main() {
    let mut v = vec![(1, 'a')];
    let hit = v.iter().find(|p| p.0 == 1);
    v.push((2, 'b')); //~ ERROR E0502
    println!("{:?}", hit);
}
