//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// The receiver is reborrowed from a `&mut` parameter (`&mut *v`, two-phase under NLL).
fn grow(v: &mut Vec<usize>) {
    v.push(v.len()); //~ ERROR E0502
}

fn main() {
    let mut v = vec![0];
    grow(&mut v);
    println!("{:?}", v);
}
