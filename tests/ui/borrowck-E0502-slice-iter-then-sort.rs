//@ compile-fail
//@ spec: 20.7
// An iterator over a slice borrows it; sorting the slice mid-iteration conflicts.
fn main() {
    let mut a = [3, 1, 2];
    let mut it = a.iter();
    let first = it.next();
    a.sort(); //~ ERROR E0502
    println!("{:?} {:?}", first, it.next());
}
