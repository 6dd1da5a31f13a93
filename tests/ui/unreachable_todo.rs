//@ run-fail
//@ spec: 8.1
fn state(n: u8) -> u8 {
    if n < 10 {
        return n;
    }
    unreachable!("state {} is invalid", n)
}

fn main() {
    println!("{}", state(3));
    println!("{}", state(30));
}
