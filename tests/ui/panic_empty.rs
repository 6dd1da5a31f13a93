//@ run-fail
//@ spec: 8.1
fn main() {
    panic!();
}
