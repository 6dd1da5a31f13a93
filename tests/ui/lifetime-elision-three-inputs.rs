//@ compile-fail
//@ spec: 19.3
//@ stderr-contains: whether it is borrowed from `s`, `t`, or `v`
fn g(s: &mut String, t: &[u8], v: Vec<&i32>) -> &str { //~ ERROR E0106
    ""
}

fn main() {}
