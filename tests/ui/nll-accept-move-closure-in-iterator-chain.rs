//@ run-pass
//@ spec: 20.13
// A returned iterator whose closures own their captures (`move`) may outlive the function;
// it borrows only the slice, which the `+ '_` bound allows.
fn scaled_above(v: &[i32], k: i32) -> impl Iterator<Item = i32> + '_ {
    v.iter().map(move |x| x * k).filter(move |y| *y > k)
}
fn main() {
    let v = vec![1, 2, 3];
    let out: Vec<i32> = scaled_above(&v, 2).collect();
    println!("{:?}", out);
}
