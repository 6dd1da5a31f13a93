//@ run-fail
//@ spec: 6.8
fn rem(a: i8, b: i8) -> i8 {
    a % b
}

fn main() {
    println!("{}", rem(-128, -1));
}
