//@ compile-fail
//@ spec: 19.3
//@ stderr-contains: but there is no value for it to be borrowed from
fn make() -> &str { //~ ERROR E0106
    "made"
}

fn main() {}
