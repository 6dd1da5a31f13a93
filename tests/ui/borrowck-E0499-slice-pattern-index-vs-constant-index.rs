//@ compile-fail
//@ spec: 20.2
// `&mut s[0]` indexes by a local: any element, so a pattern's element may be it.
fn main() {
    let mut v = vec![1, 2, 3, 4];
    let s = v.as_mut_slice();
    let r = &mut s[0];
    if let [_, ref mut b, ..] = *s { //~ ERROR E0499
        *b += 1;
    }
    *r += 1;
    println!("{:?}", v);
}
