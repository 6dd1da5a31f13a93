//@ compile-fail
//@ spec: 20.13
// A `move` closure moves v in while a reference to v is still used.
fn main() {
    let v = vec![1, 2, 3];
    let r = &v;
    let f = move || v.len(); //~ ERROR E0505
    println!("{} {}", r.len(), f());
}
