//@ compile-fail
//@ compile-flags: --borrowck=polonius
//@ spec: 21.3
// Rejected by polonius as by NLL. Each iteration's &mut n flows into refs, which is live around
// the loop: the next iteration's borrow conflicts.
fn main() {
    let mut n = 0;
    let mut refs: Vec<&mut i32> = Vec::new();
    for _ in 0..3 {
        refs.push(&mut n); //~ ERROR E0499
    }
    println!("{}", refs.len());
}
