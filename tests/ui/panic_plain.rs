//@ run-fail
//@ spec: 8.1
fn main() {
    println!("start");
    panic!("something went wrong");
}
