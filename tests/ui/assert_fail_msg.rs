//@ run-fail
//@ spec: 8.2
fn main() {
    let balance = 10;
    assert!(balance > 100, "balance too low: {}", balance);
}
