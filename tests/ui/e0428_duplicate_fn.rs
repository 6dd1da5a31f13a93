//@ compile-fail
//@ spec: 3.1
fn f() {}
fn f() {} //~ ERROR E0428

fn main() {}
