//@ run-pass
//@ spec: 20.3
// Naive checker: keeps the shadowed reference's borrow alive to the end of the block.
fn main() {
    let mut v = vec![1, 2, 3];
    let r = &v;
    let n = r.len();
    let r = n * 2;
    v.push(r as i32);
    let v = v;
    let r = &v;
    println!("{} {:?}", r.len(), r);
}
