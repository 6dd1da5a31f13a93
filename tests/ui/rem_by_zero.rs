//@ run-fail
//@ spec: 6.8
fn rem(a: u64, b: u64) -> u64 {
    a % b
}

fn main() {
    println!("{}", rem(10, 0));
}
