//@ compile-fail
//@ spec: 20.4
// `&mut Vec<&'a T>` is invariant in `'a`: a shorter-lived element type cannot be pushed.
fn extend<'a, 'b>(v: &mut Vec<&'a str>, w: &'b str) {
    v.push(w); //~ ERROR lifetime may not live long enough
}
fn main() {
    let mut v = vec!["a"];
    extend(&mut v, "b");
    println!("{:?}", v);
}
