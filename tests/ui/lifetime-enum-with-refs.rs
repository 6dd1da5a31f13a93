//@ run-pass
//@ spec: 19.1, 19.5
// An enum whose variants borrow.
#[derive(Debug)]
enum Token<'a> {
    Word(&'a str),
    Number(i64),
    Pair { key: &'a str, value: &'a str },
}

fn classify(s: &str) -> Token<'_> {
    if let Some(i) = s.find('=') {
        Token::Pair { key: &s[..i], value: &s[i + 1..] }
    } else if let Ok(n) = s.parse::<i64>() {
        Token::Number(n)
    } else {
        Token::Word(s)
    }
}

fn main() {
    for s in ["alpha", "42", "k=v"] {
        println!("{:?}", classify(s));
    }
}
