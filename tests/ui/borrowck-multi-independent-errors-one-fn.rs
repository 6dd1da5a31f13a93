//@ compile-fail
//@ spec: 20.18
// Three independent conflicts in one function: each is reported once.
fn main() {
    let mut v = vec![1];
    let first = &v[0];
    v.push(2); //~ ERROR E0502
    println!("{}", first);
    let mut x = 1;
    let a = &mut x;
    let b = &mut x; //~ ERROR E0499
    *a += *b;
    let s = String::from("s");
    let r = &s;
    let t = s; //~ ERROR E0505
    println!("{} {}", r, t);
}
