//@ compile-fail
//@ spec: 20.8
// Assigning `v` in a loop whose condition reads it through `r`.
fn main() {
    let mut v = vec![1, 2];
    let r = &v;
    while let Some(_) = r.last() {
        v = Vec::new(); //~ ERROR E0506
    }
}
