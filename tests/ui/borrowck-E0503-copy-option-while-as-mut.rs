//@ compile-fail
//@ spec: 20.10
// Copying an `Option<i32>` (Copy) while an `Option<&mut i32>` from as_mut is live: E0503.
fn main() {
    let mut o = Some(5);
    let m = o.as_mut();
    let moved = o; //~ ERROR E0503
    if let Some(x) = m { *x += 1; }
    println!("{:?}", moved);
}
