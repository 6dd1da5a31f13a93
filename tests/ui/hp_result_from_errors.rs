//@ spec: 14.7, 14.18, 18.7
// `?` converting error types through From: a config-line parser whose own error enum
// wraps ParseIntError, so each helper can use `?` on `parse()` and on other helpers.
use std::num::ParseIntError;

#[derive(Debug)]
enum ConfigError {
    Missing(String),
    BadNumber(ParseIntError),
    OutOfRange { key: String, value: i64 },
}

impl From<ParseIntError> for ConfigError {
    fn from(e: ParseIntError) -> Self {
        ConfigError::BadNumber(e)
    }
}

fn field<'a>(line: &'a str, key: &str) -> Result<&'a str, ConfigError> {
    for part in line.split(';') {
        let part = part.trim();
        if part.starts_with(key) && part[key.len()..].starts_with("=") {
            return Ok(&part[key.len() + 1..]);
        }
    }
    Err(ConfigError::Missing(key.to_string()))
}

fn number(line: &str, key: &str, max: i64) -> Result<i64, ConfigError> {
    let n = field(line, key)?.parse::<i64>()?;
    if n < 0 || n > max {
        return Err(ConfigError::OutOfRange { key: key.to_string(), value: n });
    }
    Ok(n)
}

fn window(line: &str) -> Result<(i64, i64), ConfigError> {
    let w = number(line, "w", 4000)?;
    let h = number(line, "h", 3000)?;
    Ok((w, h))
}

fn main() {
    let lines = ["w=800; h=600", "h=10; w=20", "w=800", "w=8x0; h=1", "w=; h=2", "w=100; h=99999", "w=-5; h=1"];
    for line in lines.iter() {
        match window(line) {
            Ok((w, h)) => println!("{:<16} -> {} x {} = {}", line, w, h, w * h),
            Err(ConfigError::BadNumber(e)) => println!("{:<16} -> bad number: {}", line, e),
            Err(e) => println!("{:<16} -> {:?}", line, e),
        }
    }
    let all: Vec<Result<(i64, i64), ConfigError>> = lines.iter().map(|l| window(l)).collect();
    let ok_count = all.iter().filter(|r| r.is_ok()).count();
    println!("{} of {} lines ok", ok_count, all.len());
    println!("{:?}", all[3]);
}
