//@ run-fail
//@ spec: 8.1
fn check(v: i32) {
    if v > 3 {
        panic!("value {} is too large (limit {limit})", v, limit = 3);
    }
}

fn main() {
    check(1);
    check(5);
}
