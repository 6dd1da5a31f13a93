//@ run-fail
//@ spec: 6.8
fn main() {
    let mut acc: u8 = 0;
    for i in 0..100u8 {
        acc += i;
    }
    println!("{}", acc);
}
