//@ compile-fail
//@ spec: 20.18
// An error inside a loop body is reported once, not once per iteration or path
// (`v[0] = 0` on a Vec is an IndexMut borrow: E0502, where an array would give E0506).
fn main() {
    let mut v = vec![1, 2, 3];
    let mut total = 0;
    for i in 0..3 {
        let e = &v[i];
        if *e > 1 {
            v[0] = 0; //~ ERROR E0502
        }
        total += *e;
    }
    println!("{} {:?}", total, v);
}
