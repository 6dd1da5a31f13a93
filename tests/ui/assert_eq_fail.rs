//@ run-fail
//@ spec: 8.2
fn main() {
    let a = 2 + 2;
    assert_eq!(a, 5);
}
