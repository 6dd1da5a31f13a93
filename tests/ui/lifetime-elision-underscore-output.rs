//@ compile-fail
//@ spec: 19.3
fn m() -> &'_ i32 { //~ ERROR E0106
    &1
}

fn main() {}
