//@ spec: 13.5, 17.1
// `let n: i64 = s.parse()?;` takes parse's type from the annotation, which also fixes the
// error that `?` converts with From; `*opt?` moves the value out of the Box it unwraps.
use std::num::ParseIntError;

#[derive(Debug)]
enum ConfigError {
    NotANumber(ParseIntError),
    Missing(&'static str),
}

impl From<ParseIntError> for ConfigError {
    fn from(e: ParseIntError) -> ConfigError {
        ConfigError::NotANumber(e)
    }
}

fn port(text: &str) -> Result<u16, ConfigError> {
    let n: u16 = text.trim().parse()?;
    Ok(n)
}

fn halve(text: &str) -> Result<i32, ParseIntError> {
    let n: i32 = text.parse()?;
    Ok(n / 2)
}

fn first_word(line: Option<Box<String>>) -> Option<String> {
    let owned = *line?;
    Some(owned.split_whitespace().next()?.to_string())
}

fn setting(lines: &[&str], key: &'static str) -> Result<i64, ConfigError> {
    for line in lines {
        if line.starts_with(key) {
            let value: i64 = line[key.len() + 1..].parse()?;
            return Ok(value);
        }
    }
    Err(ConfigError::Missing(key))
}

fn main() {
    println!("{:?} {:?}", port(" 8080 "), port("http"));
    println!("{:?} {:?}", halve("42"), halve("4x"));
    println!("{:?} {:?}", first_word(Some(Box::new(String::from("hello world")))), first_word(None));
    let lines = ["width=30", "depth=x"];
    println!("{:?} {:?} {:?}", setting(&lines, "width"), setting(&lines, "depth"), setting(&lines, "height"));
}
