//@ compile-fail
//@ spec: 15.5
// The returned closure borrows a local of the fn that builds it; it needs `move`.
fn make_scaler(factor: i32) -> impl Fn(i32) -> i32 {
    let doubled = factor * 2;
    |x| x * doubled //~ ERROR E0373
}

fn make_range_check(lo: i32, hi: i32) -> impl Fn(i32) -> bool {
    move |x| x >= lo && x <= hi
}

fn main() {
    println!("{}", make_scaler(3)(4));
    println!("{}", make_range_check(1, 5)(3));
}
