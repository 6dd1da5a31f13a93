//@ run-pass
//@ spec: 20.4
// Naive checker: rejects using an Option<&mut T> twice (reborrowing through as_mut/as_deref_mut).
fn bump(o: &mut Option<&mut i32>) {
    if let Some(r) = o.as_mut() {
        **r += 1;
    }
}
fn main() {
    let mut n = 5;
    let mut o = Some(&mut n);
    bump(&mut o);
    bump(&mut o);
    if let Some(r) = o { *r *= 2; }
    println!("{}", n);
}
