//@ spec: 11.16, 13.5
// The prelude's Option and Result methods that need no trait bounds.
fn find(xs: &[i32], want: i32) -> Option<usize> {
    for i in 0..xs.len() { if xs[i] == want { return Some(i); } }
    None
}
fn parse_digit(c: char) -> Result<u32, &'static str> {
    if c >= '0' && c <= '9' { Ok(c as u32 - '0' as u32) } else { Err("not a digit") }
}
fn main() {
    let xs = [4, 8, 15];
    let a = find(&xs, 8);
    let b = find(&xs, 9);
    println!("{} {} {} {}", a.is_some(), a.is_none(), b.is_some(), b.is_none());
    println!("{} {} {}", a.unwrap(), b.unwrap_or(99), a.expect("present"));
    println!("{:?} {:?}", a.ok_or("missing"), b.ok_or("missing"));
    println!("{:?} {:?} {:?}", a.zip(Some('z')), a.or(Some(0)), b.or(Some(0)));
    let mut m = Some(5);
    if let Some(v) = m.as_mut() { *v += 1; }
    println!("{:?} {:?} {:?}", m, m.as_ref(), a.and(Some("x")));
    let d = parse_digit('7');
    let e = parse_digit('x');
    println!("{} {} {} {}", d.is_ok(), d.is_err(), e.is_ok(), e.is_err());
    println!("{:?} {:?} {:?} {:?}", d.ok(), e.ok(), d.err(), e.err());
    println!("{} {} {:?}", d.unwrap_or(0), e.unwrap_or(0), e.as_ref());
}
