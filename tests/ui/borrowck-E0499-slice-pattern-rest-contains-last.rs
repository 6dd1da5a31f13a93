//@ compile-fail
//@ spec: 20.2
// `rest @ ..` of `[head, rest @ ..]` reaches the end of the slice: it holds `[.., last]`.
fn main() {
    let mut v = vec![1, 2, 3, 4, 5];
    let s = v.as_mut_slice();
    if let [_, ref mut rest @ ..] = *s {
        if let [.., ref mut last] = *s { //~ ERROR E0499
            *last += 1;
        }
        rest[0] = 0;
    }
    println!("{:?}", v);
}
