//@ run-pass
//@ spec: 2.2
#![allow(unused)]

#[inline]
fn helper() -> i32 {
    7
}

#[allow(dead_code)]
fn unused() {}

fn main() {
    #[allow(unused_variables)]
    let x = 1;
    println!("{}", helper());
}
