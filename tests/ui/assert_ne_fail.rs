//@ run-fail
//@ spec: 8.2
fn main() {
    assert_ne!('x', 'x', "chars must differ: {}", 1);
}
