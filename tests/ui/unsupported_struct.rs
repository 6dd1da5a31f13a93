//@ compile-fail
//@ subset-limit: rustc accepts this; Patina names the missing feature
//@ spec: 1.2
struct Point { //~ ERROR not supported
    x: i32,
    y: i32,
}

fn main() {}
