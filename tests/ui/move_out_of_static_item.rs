//@ compile-fail
//@ spec: 11.6
// A static is one place for the whole program: a non-Copy value cannot be moved out of it.
static V: Vec<i32> = Vec::new();
static N: [i32; 2] = [1, 2];
fn main() {
    let v = V; //~ ERROR E0507
    let n = N;
    let r = &V;
    println!("{} {:?} {}", v.len(), n, r.len());
}
