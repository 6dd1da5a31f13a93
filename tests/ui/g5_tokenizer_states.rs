//@ spec: 14.1 14.5 11.9 11.11 16.1
// A tokenizer over a char array: an iterator yielding Token enums, with Display for tokens.
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Token {
    Num(u32),
    Ident(char, usize),
    Op(char),
    Unknown(char),
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Token::Num(n) => write!(f, "NUM({})", n),
            Token::Ident(c, len) => write!(f, "ID({}..,{})", c, len),
            Token::Op(c) => write!(f, "OP({})", c),
            Token::Unknown(c) => write!(f, "??({})", c),
        }
    }
}

struct Lexer<'a> {
    src: &'a [char],
    pos: usize,
}

impl<'a> Lexer<'a> {
    fn peek(&self) -> Option<char> {
        if self.pos < self.src.len() { Some(self.src[self.pos]) } else { None }
    }
}

impl<'a> Iterator for Lexer<'a> {
    type Item = Token;
    fn next(&mut self) -> Option<Token> {
        while self.peek() == Some(' ') {
            self.pos += 1;
        }
        let c = self.peek()?;
        self.pos += 1;
        let tok = match c {
            '0'..='9' => {
                let mut n = c as u32 - '0' as u32;
                while let Some(d @ '0'..='9') = self.peek() {
                    n = n * 10 + (d as u32 - '0' as u32);
                    self.pos += 1;
                }
                Token::Num(n)
            }
            'a'..='z' => {
                let mut len = 1;
                while let Some('a'..='z') = self.peek() {
                    len += 1;
                    self.pos += 1;
                }
                Token::Ident(c, len)
            }
            '+' | '-' | '*' | '=' => Token::Op(c),
            other => Token::Unknown(other),
        };
        Some(tok)
    }
}

fn main() {
    let src = ['x', ' ', '=', ' ', '4', '2', '+', 'y', 'y', '*', '7', ' ', '#', 'z'];
    for t in (Lexer { src: &src, pos: 0 }) {
        print!("{} ", t);
    }
    println!();
    let lex = Lexer { src: &src, pos: 0 };
    println!("tokens: {}", lex.count());
    let ops = Lexer { src: &src, pos: 0 }.filter(|t| match t { Token::Op(_) => true, _ => false }).count();
    println!("operators: {}", ops);
    let sum = Lexer { src: &src, pos: 0 }
        .map(|t| if let Token::Num(n) = t { n } else { 0 })
        .sum::<u32>();
    println!("sum of numbers: {}", sum);
    let bad = Lexer { src: &src, pos: 0 }.position(|t| t == Token::Unknown('#'));
    println!("unknown at token {:?}", bad);
    println!("last: {:?}", Lexer { src: &src, pos: 0 }.last());
    let empty: [char; 2] = [' ', ' '];
    println!("blank: {:?}", Lexer { src: &empty, pos: 0 }.next());
}
