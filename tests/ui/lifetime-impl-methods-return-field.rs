//@ run-pass
//@ spec: 19.1, 19.3
// `impl<'a> S<'a>`: methods returning the struct's lifetime or self's.
struct Parser<'a> {
    input: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn new(input: &'a str) -> Parser<'a> {
        Parser { input, pos: 0 }
    }
    fn next_word(&mut self) -> Option<&'a str> {
        let rest = &self.input[self.pos..];
        let rest = rest.trim_start();
        if rest.is_empty() {
            return None;
        }
        let start = self.input.len() - rest.len();
        let end = match rest.find(' ') {
            Some(i) => start + i,
            None => self.input.len(),
        };
        self.pos = end;
        Some(&self.input[start..end])
    }
    fn remaining(&self) -> &str {
        &self.input[self.pos..]
    }
}

fn main() {
    let text = String::from("one two  three");
    let mut p = Parser::new(&text);
    while let Some(w) = p.next_word() {
        println!("[{}] rest={:?}", w, p.remaining());
    }
}
