//@ run-pass
//@ spec: 20.2
// Naive checker: rejects `&mut a[0]` after `&mut a[1]` although the first is already dead.
fn main() {
    let mut a = [10, 20, 30];
    let x = &mut a[1];
    *x += 1;
    let y = &mut a[0];
    *y += 5;
    let z = &a[2];
    println!("{} {:?}", z, a);
}
