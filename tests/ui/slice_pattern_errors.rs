//@ compile-fail
//@ spec: 11.10 11.11
fn f(s: &[u8]) -> u8 {
    match s { //~ ERROR E0004
        [] => 0,
        [a] => *a,
        [a, b] => a + b,
    }
}

fn g(a: [u8; 2]) -> u8 {
    let [x, y, z] = a; //~ ERROR E0527
    x
}

fn main() {
    f(&[1]);
}
