//@ run-fail
//@ spec: 8.1, 12.8, 14.18
// `?` returning early drops the scope it leaves; a later panic then unwinds the
// remaining frames. Values dropped by the early return must not be dropped again.
struct Lock(u32);

impl Drop for Lock {
    fn drop(&mut self) {
        println!("unlock {}", self.0);
    }
}

fn digit(c: char) -> Result<u32, String> {
    let _l = Lock(100 + c as u32 % 10);
    c.to_digit(10).ok_or(format!("'{}' is not a digit", c))
}

fn pair(s: &str) -> Result<u32, String> {
    let _l = Lock(1);
    let mut cs = s.chars();
    let a = digit(cs.next().ok_or("empty".to_string())?)?;
    let b = digit(cs.next().ok_or("short".to_string())?)?;
    Ok(a * 10 + b)
}

fn must(s: &str) -> u32 {
    let _l = Lock(2);
    match pair(s) {
        Ok(v) => v,
        Err(e) => {
            let _m = Lock(3);
            panic!("must failed: {}", e)
        }
    }
}

fn main() {
    let _top = Lock(0);
    println!("{:?}", pair("42"));
    println!("{:?}", pair("4x"));
    println!("{:?}", pair("7"));
    println!("{}", must("19"));
    println!("{}", must("a1"));
}
