//@ run-fail
//@ spec: 6.8
fn id(x: u8) -> u8 {
    x
}

fn main() {
    let a: u8 = id(200);
    let b: u8 = id(100);
    println!("about to overflow");
    let c = a + b;
    println!("{}", c);
}
