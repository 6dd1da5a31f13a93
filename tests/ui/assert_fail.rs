//@ run-fail
//@ spec: 8.2
fn main() {
    let x = 3;
    assert!(x + 1 == 5);
}
