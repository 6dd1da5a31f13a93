//@ compile-fail
//@ spec: 20.11
// An `Option<&mut i32>` outlives the integer it points to.
fn main() {
    let mut slot: Option<&mut i32> = None;
    {
        let mut x = 1;
        slot = Some(&mut x); //~ ERROR E0597
    }
    if let Some(r) = slot { *r += 1; }
}
