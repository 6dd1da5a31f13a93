//@ run-pass
//@ check-ir
//@ spec: 9.4
// `?` and `return` leave the fn from inside nested scopes: both end the storage of
// every variable and temporary live there, the `?` residual path included.
fn parse_both(a: &str, b: &str) -> Result<i32, std::num::ParseIntError> {
    let first = a.parse::<i32>()?;
    let label = String::from("sum");
    if first < 0 {
        return Ok(-1);
    }
    let second = b.parse::<i32>()?;
    println!("{}: {}", label, first + second);
    Ok(first + second)
}

fn main() {
    println!("{:?}", parse_both("2", "3"));
    println!("{:?}", parse_both("-2", "3"));
    println!("{}", parse_both("2", "x").is_err());
}
