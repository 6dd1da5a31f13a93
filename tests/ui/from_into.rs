//@ spec: 14.18
// From and Into: user impls (several per type), primitive conversions, and `?`.
use std::fmt;

#[derive(Debug, Clone, Copy)]
struct Celsius(f64);
#[derive(Debug, Clone, Copy)]
struct Fahrenheit(f64);

impl From<Celsius> for Fahrenheit {
    fn from(c: Celsius) -> Self {
        Fahrenheit(c.0 * 9.0 / 5.0 + 32.0)
    }
}

#[derive(Debug, PartialEq)]
enum Token {
    Num(i64),
    Flag(bool),
    Sym(char),
}

impl From<i64> for Token {
    fn from(n: i64) -> Token {
        Token::Num(n)
    }
}

impl From<bool> for Token {
    fn from(b: bool) -> Token {
        Token::Flag(b)
    }
}

impl From<char> for Token {
    fn from(c: char) -> Token {
        Token::Sym(c)
    }
}

#[derive(Debug)]
enum ParseError {
    Empty,
    BadDigit(char),
}

#[derive(Debug)]
enum AppError {
    Parse(ParseError),
    TooBig(u32),
}

impl From<ParseError> for AppError {
    fn from(e: ParseError) -> AppError {
        AppError::Parse(e)
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            AppError::Parse(ParseError::Empty) => write!(f, "nothing to parse"),
            AppError::Parse(ParseError::BadDigit(c)) => write!(f, "bad digit {:?}", c),
            AppError::TooBig(n) => write!(f, "{} is too big", n),
        }
    }
}

fn digit(c: char) -> Result<u32, ParseError> {
    if c >= '0' && c <= '9' {
        Ok(c as u32 - '0' as u32)
    } else {
        Err(ParseError::BadDigit(c))
    }
}

fn parse_pair(a: char, b: char) -> Result<u32, ParseError> {
    if a == ' ' {
        return Err(ParseError::Empty);
    }
    Ok(digit(a)? * 10 + digit(b)?)
}

fn checked(a: char, b: char) -> Result<u32, AppError> {
    let n = parse_pair(a, b)?;
    if n > 50 {
        return Err(AppError::TooBig(n));
    }
    Ok(n)
}

fn show(t: Token) -> String2 {
    String2(match t {
        Token::Num(n) => n as u32,
        Token::Flag(b) => b as u32,
        Token::Sym(c) => c as u32,
    })
}

struct String2(u32);

fn main() {
    let boiling: Fahrenheit = Celsius(100.0).into();
    let body = Fahrenheit::from(Celsius(37.0));
    println!("{:?} {:?}", boiling, body);

    let ts = [Token::from(7), Token::from(true), Token::from('x'), 3i64.into(), false.into()];
    println!("{:?}", ts);
    println!("{}", show('A'.into()).0);

    let wide: i64 = 7i32.into();
    let big = u64::from(200u8);
    let f = f64::from(1.5f32) + f64::from(3i32);
    let code = u32::from('a');
    let ch = char::from(66u8);
    let flag: u8 = true.into();
    println!("{} {} {} {} {} {}", wide, big, f, code, ch, flag);

    for (a, b) in [('4', '2'), ('9', '9'), ('x', '1'), (' ', '0')] {
        match checked(a, b) {
            Ok(n) => println!("ok {}", n),
            Err(e) => println!("error: {} ({:?})", e, e),
        }
    }
}
