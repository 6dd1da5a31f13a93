//@ run-fail
//@ spec: 6.8
//@ compile-flags: -O
fn div(a: i32, b: i32) -> i32 {
    a / b
}

fn main() {
    println!("{}", div(7, 0));
}
