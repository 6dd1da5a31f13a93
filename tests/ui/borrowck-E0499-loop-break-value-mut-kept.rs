//@ compile-fail
//@ spec: 20.7
// The `&mut v` a loop breaks with is still used after a second `&mut v`.
fn main() {
    let mut v = vec![1, 2, 3];
    let r = loop {
        let m = &mut v;
        break m;
    };
    let s = &mut v; //~ ERROR E0499
    r.push(1);
    s.push(2);
}
