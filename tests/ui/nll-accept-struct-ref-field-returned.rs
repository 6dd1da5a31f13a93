//@ run-pass
//@ spec: 20.4
// Naive checker: ties the returned &str to the parser struct (not to the text it borrows).
struct Parser<'a> { text: &'a str, pos: usize }
impl<'a> Parser<'a> {
    fn next_word(&mut self) -> Option<&'a str> {
        let rest = &self.text[self.pos..];
        let rest = rest.trim_start();
        if rest.is_empty() { return None; }
        let start = self.text.len() - rest.len();
        let end = rest.find(' ').map(|i| start + i).unwrap_or(self.text.len());
        self.pos = end;
        Some(&self.text[start..end])
    }
}
fn main() {
    let text = String::from("alpha beta  gamma");
    let mut p = Parser { text: &text, pos: 0 };
    let a = p.next_word().unwrap();
    let b = p.next_word().unwrap();
    let c = p.next_word();
    println!("{} {} {:?} {:?} {}", a, b, c, p.next_word(), p.pos);
}
