//@ compile-fail
//@ spec: 19.3
//@ stderr-contains: there is no value for it to be borrowed from
fn pick(n: i32, m: u8) -> &i32 { //~ ERROR E0106
    &7
}

fn main() {}
