//@ compile-fail
//@ spec: 20.18
// One loan, three conflicting accesses: each access is its own error (rustc reports each
// place and span once, not each loan once).
fn main() {
    let mut v = vec![1];
    let r = &v;
    v.push(1); //~ ERROR E0502
    v.push(2); //~ ERROR E0502
    let x = &mut v; //~ ERROR E0502
    println!("{}", r.len());
    x.push(3);
}
