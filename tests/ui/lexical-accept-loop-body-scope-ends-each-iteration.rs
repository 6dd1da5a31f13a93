//@ run-pass
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// A reference declared in a loop body dies at the end of each iteration; after the loop
// the vector is free again.
fn main() {
    let mut v = vec![1, 2, 3];
    let mut sum = 0;
    for i in 0..v.len() {
        let r = &v[i];
        sum += *r;
    }
    v.push(sum);
    println!("{:?}", v);
}
