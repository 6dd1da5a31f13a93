//@ compile-fail
//@ spec: 20.7
// Reborrowing an `Option<&mut i32>` mutably (as_mut) while a shared reborrow of its target is
// used: the `&mut` of `o` is E0502.
fn main() {
    let mut n = 1;
    let mut o: Option<&mut i32> = Some(&mut n);
    let peek: &i32 = match &o { Some(r) => &**r, None => &0 };
    if let Some(r) = o.as_mut() { **r = 5; } //~ ERROR E0502
    println!("{}", peek);
}
