//@ compile-fail
//@ spec: 20.7
// An `Option<&mut i32>` cursor still used after another `&mut` of the same place.
fn main() {
    let mut a = 1;
    let cur: Option<&mut i32> = Some(&mut a);
    let again = &mut a; //~ ERROR E0499
    if let Some(r) = cur {
        *r += 1;
    }
    *again += 1;
}
