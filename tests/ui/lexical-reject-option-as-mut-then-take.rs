//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// `inner` (an `Option<&mut i32>`) holds `slot` mutably until the block's end.
fn main() {
    let mut slot = Some(5);
    let inner = slot.as_mut();
    if let Some(x) = inner {
        *x += 1;
    }
    let taken = slot.take(); //~ ERROR E0499
    println!("{:?} {:?}", taken, slot); //~ ERROR E0502
}
