//@ spec: 7.3, 17.10, 18.7
// A tokenizer whose number parse takes its type from the token it builds: the error
// formatted with `{:?}` inside `map_err` is known only later, and is checked then; a
// slice of a PartialEq (not Ord) type has `contains`.
#[derive(Debug, Clone, PartialEq)]
enum Token {
    Num(f64),
    Op(char),
    LParen,
    RParen,
}
fn tokenize(s: &str) -> Result<Vec<Token>, String> {
    let mut out = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c.is_ascii_digit() || c == '.' {
            let start = i;
            while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
                i += 1;
            }
            let text: String = chars[start..i].iter().collect();
            out.push(Token::Num(
                text.parse()
                    .map_err(|e| format!("bad number {}: {:?}", text, e))?,
            ));
            continue;
        }
        match c {
            '+' | '-' | '*' | '/' => out.push(Token::Op(c)),
            '(' => out.push(Token::LParen),
            ')' => out.push(Token::RParen),
            _ => return Err(format!("unexpected {:?} at {}", c, i)),
        }
        i += 1;
    }
    Ok(out)
}
fn main() {
    println!("{:?}", tokenize("3 + 4.5 * (2 - 1)"));
    println!("{:?}", tokenize("3 $ 4"));
    let toks = tokenize("1+2").unwrap();
    let nums: Vec<f64> = toks
        .iter()
        .filter_map(|t| {
            if let Token::Num(n) = t {
                Some(*n)
            } else {
                None
            }
        })
        .collect();
    println!("{:?} {}", nums, toks.contains(&Token::Op('+')));
}
