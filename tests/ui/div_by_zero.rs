//@ run-fail
//@ spec: 6.8
fn div(a: i32, b: i32) -> i32 {
    a / b
}

fn main() {
    println!("{}", div(1, 0));
}
