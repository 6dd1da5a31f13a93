//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// An explicit reborrow `&mut *v` keeps `*v` until `a` leaves scope.
fn fill(v: &mut Vec<i32>) {
    let a = &mut *v;
    a.push(1);
    v.push(2); //~ ERROR E0499
}

fn main() {
    let mut v = Vec::new();
    fill(&mut v);
    println!("{:?}", v);
}
