//@ compile-fail
//@ spec: 20.13
// An inner closure reading `v` makes the outer one borrow it while `m` is live.
fn main() {
    let mut v = vec![1];
    let m = &mut v;
    let outer = || { //~ ERROR E0502
        let inner = || v.len();
        inner()
    };
    m.push(2);
    println!("{}", outer());
}
