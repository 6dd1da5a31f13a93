//@ compile-fail
//@ spec: 14.7
// `?` applied to a plain value, and `?` in fns whose return type cannot carry the error.
fn is_valid(x: i32) -> bool {
    x > 0
}

fn parse_digit(c: char) -> Option<u32> {
    if c >= '0' && c <= '9' { Some(c as u32 - '0' as u32) } else { None }
}

fn check(x: i32) -> Result<i32, bool> {
    let ok = is_valid(x)?; //~ ERROR E0277
    Ok(x)
}

fn sum_digits(a: char, b: char) -> u32 {
    let x = parse_digit(a)?; //~ ERROR E0277
    let y = parse_digit(b)?; //~ ERROR E0277
    x + y
}

fn main() {
    println!("{:?}", check(3));
    println!("{}", sum_digits('1', '2'));
}
