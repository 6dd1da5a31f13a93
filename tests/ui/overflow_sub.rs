//@ run-fail
//@ spec: 6.8
fn sub(a: u32, b: u32) -> u32 {
    a - b
}

fn main() {
    println!("{}", sub(3, 4));
}
