//@ compile-fail
//@ spec: 20.13
// An outer closure whose inner closure mutates `n`, and a second closure mutating `n`.
fn main() {
    let mut n = 0;
    let mut a = || {
        let mut b = || n += 1;
        b();
    };
    let mut c = || n += 2; //~ ERROR E0499
    a();
    c();
}
