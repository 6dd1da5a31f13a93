//@ run-pass
//@ spec: 20.2
// Naive checker: treats `&mut t.0` as borrowing the whole tuple.
fn main() {
    let mut t = (vec![1], String::from("x"), 0u8);
    let a = &mut t.0;
    let b = &mut t.1;
    let c = &t.2;
    a.push(2);
    b.push('y');
    println!("{:?} {} {}", a, b, c);
    println!("{:?}", t);
}
