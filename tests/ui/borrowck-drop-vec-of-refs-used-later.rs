//@ compile-fail
//@ spec: 20.14
// Vec's Drop does not use its elements (#[may_dangle]), but a later *use* of the Vec does:
// rustc rejects this only because `refs` is printed after x died.
fn main() {
    let mut refs: Vec<&i32> = Vec::new();
    {
        let x = 5;
        refs.push(&x); //~ ERROR E0597
    }
    println!("{:?}", refs);
}
