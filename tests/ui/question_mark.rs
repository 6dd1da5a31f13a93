//@ spec: 14.7
// The ? operator on Result and Option returns the error or None early.
#[derive(Debug)]
enum ParseError { Empty, BadDigit(char) }
fn digit(c: char) -> Result<u32, ParseError> {
    if c >= '0' && c <= '9' { Ok(c as u32 - '0' as u32) } else { Err(ParseError::BadDigit(c)) }
}
fn parse2(a: char, b: char) -> Result<u32, ParseError> {
    let hi = digit(a)?;
    let lo = digit(b)?;
    Ok(hi * 10 + lo)
}
fn first_even(xs: &[i32]) -> Option<i32> {
    for &x in xs { if x % 2 == 0 { return Some(x); } }
    None
}
fn half_of_first_even(xs: &[i32]) -> Option<i32> {
    let e = first_even(xs)?;
    Some(e / 2)
}
fn check(n: usize) -> Result<usize, ParseError> {
    if n == 0 { return Err(ParseError::Empty); }
    Ok(n)
}
fn total(ns: &[usize]) -> Result<usize, ParseError> {
    let mut t = 0;
    for &n in ns { t += check(n)?; }
    Ok(t)
}
fn main() {
    println!("{:?} {:?} {:?}", parse2('4', '2'), parse2('x', '2'), parse2('1', '?'));
    println!("{:?} {:?}", half_of_first_even(&[3, 8, 5]), half_of_first_even(&[1, 3]));
    println!("{:?} {:?}", total(&[1, 2, 3]), total(&[4, 0, 1]));
}
