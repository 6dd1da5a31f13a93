//@ compile-fail
//@ spec: 20.9
// Moving out of a place that is mutably borrowed.
fn main() {
    let mut v = vec![1];
    let m = &mut v;
    let w = v; //~ ERROR E0505
    m.push(2);
    println!("{:?}", w);
}
