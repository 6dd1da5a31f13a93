//@ run-pass
//@ check-ir
//@ exit-code: 120
//@ spec: 9.7, 19.11, 19.12
// A struct with a lifetime parameter has one region position per parameter: each local
// of type `Cursor<'a>` gets its own variable (`Cursor<'?N>`), and a reference to it one
// more (`&'?M Cursor<'?N>`); `Self` in the impl is `Cursor<'a>` too. A two-lifetime
// struct shows both, before its type arguments.
struct Cursor<'a> {
    text: &'a str,
    pos: usize,
}

struct Pair<'a, 'b, T> {
    left: &'a T,
    right: &'b T,
}

impl<'a> Cursor<'a> {
    fn new(text: &'a str) -> Self {
        Cursor { text, pos: 0 }
    }

    fn peek(&self) -> u8 {
        self.text.as_bytes()[self.pos]
    }
}

fn bigger<'a, 'b>(p: Pair<'a, 'b, u8>) -> u8 {
    if *p.left > *p.right { *p.left } else { *p.right }
}

fn main() {
    let c = Cursor::new("xyz");
    let r = &c;
    let first = r.peek();
    let second = 7;
    let pair = Pair { left: &first, right: &second };
    std::process::exit(bigger(pair) as i32);
}
