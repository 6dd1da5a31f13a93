//@ run-pass
//@ spec: 20.3
// Naive checker: keeps the `if let Some(x) = &mut o` loan to the end of the enclosing block.
fn main() {
    let mut o = Some(5);
    if let Some(x) = &mut o {
        *x += 1;
    }
    if let Some(x) = o.as_mut() {
        *x *= 3;
    }
    o = o.map(|x| x + 1);
    println!("{:?}", o);
}
