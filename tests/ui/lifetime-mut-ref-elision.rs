//@ run-pass
//@ spec: 19.3
// `&mut` inputs and outputs elide the same way as shared references.
fn bump(counter: &mut i32) -> &mut i32 {
    *counter += 1;
    counter
}

fn first_mut(v: &mut Vec<i32>) -> &mut i32 {
    &mut v[0]
}

fn main() {
    let mut c = 0;
    *bump(&mut c) += 10;
    println!("{}", c);
    let mut v = vec![5, 6];
    *first_mut(&mut v) *= 3;
    println!("{:?}", v);
}
