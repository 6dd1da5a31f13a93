//@ run-pass
//@ spec: 19.3, 19.8
// `'_` stands for an elided lifetime in inputs and outputs; string literals are
// `&'static str`.
struct Cursor<'a> {
    rest: &'a str,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<char> {
        self.rest.chars().next()
    }
}

fn tail(s: &'_ str) -> &'_ str {
    &s[1..]
}

fn make(s: &str) -> Cursor<'_> {
    Cursor { rest: s }
}

fn main() {
    let lit: &'static str = "static text";
    println!("{}", tail(lit));
    let c = make("zebra");
    println!("{:?}", c.peek());
    let empty = make("");
    println!("{:?}", empty.peek());
}
