//@ run-pass
//@ spec: 20.12
// Naive checker: rejects returning a 'b reference as 'a even though `'b: 'a` is declared.
fn shorter<'a, 'b: 'a>(x: &'a i32, y: &'b i32) -> &'a i32 {
    if *x < *y { x } else { y }
}
fn main() {
    let a = 5;
    let r;
    {
        let b = 3;
        r = *shorter(&a, &b);
    }
    println!("{}", r);
}
