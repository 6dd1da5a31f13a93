//@ run-fail
//@ spec: 6.8
fn neg(x: i32) -> i32 {
    -x
}

fn main() {
    println!("{}", neg(i32::MIN));
}
