//@ compile-fail
//@ spec: 19.3
//@ stderr-contains: which one of `p`'s 2 lifetimes it is borrowed from
fn first(p: (&i32, &i32)) -> &i32 { //~ ERROR E0106
    p.0
}

fn main() {}
