//@ compile-fail
//@ spec: 19.3
//@ stderr-contains: whether it is borrowed from `x` or `y`
fn longest(x: &str, y: &str) -> &str { //~ ERROR E0106
    if x.len() > y.len() { x } else { y }
}

fn main() {}
