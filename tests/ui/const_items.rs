//@ run-pass
//@ spec: 11.6
const LIMIT: u32 = 10;
const SCALE: f64 = 2.5;
static GREETING: &str = "hello";
const DOUBLE: u32 = LIMIT * 2;

fn main() {
    const LOCAL: i64 = -7;
    let mut total = 0;
    for i in 0..LIMIT {
        total += i;
    }
    println!("{} {} {} {} {}", total, SCALE * 2.0, GREETING, DOUBLE, LOCAL);
}
