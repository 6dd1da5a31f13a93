//@ compile-fail
//@ spec: 19.4
//@ stderr-contains: argument 1 or argument 2
fn h(f: fn(&i32, &i32) -> &i32) -> i32 { //~ ERROR E0106
    *f(&1, &2)
}

fn main() {}
