//@ run-fail
//@ spec: 6.12
// wrapping_div wraps MIN / -1 but still panics on a zero divisor, in every build.
// (No .stderr: rustc locates this panic inside core, Patina at the call.)
fn div(a: i32, b: i32) -> i32 {
    a.wrapping_div(b)
}

fn main() {
    println!("{}", div(i32::MIN, -1));
    println!("{}", div(7, 0));
}
