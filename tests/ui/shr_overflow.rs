//@ run-fail
//@ spec: 6.8
fn shr(a: i64, b: i32) -> i64 {
    a >> b
}

fn main() {
    println!("{}", shr(-8, -1));
}
