//@ run-pass
//@ spec: 20.3
// Naive checker: keeps the &mut from get_mut alive after its value was copied out.
fn main() {
    let mut v = vec![1, 2, 3];
    let copied = match v.get_mut(1) {
        Some(x) => { *x *= 7; *x }
        None => 0,
    };
    v.push(copied);
    println!("{:?}", v);
}
