//@ compile-fail
//@ spec: 20.11
// A reference through a temporary Box outlives the Box.
fn boxed() -> Box<i32> { Box::new(3) }
fn id(r: &i32) -> &i32 { r }
fn main() {
    let r = id(&*boxed()); //~ ERROR E0716
    println!("{}", r);
}
