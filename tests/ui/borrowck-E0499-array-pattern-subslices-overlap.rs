//@ compile-fail
//@ spec: 20.2
// Array subslices [0:3] and [2:4] share element 2.
fn main() {
    let mut arr = [1, 2, 3, 4];
    let [ref mut lo @ .., _] = arr;
    let [_, _, ref mut hi @ ..] = arr; //~ ERROR E0499
    hi[0] += lo[1];
    println!("{:?}", arr);
}
