//@ run-pass
//@ spec: 19.3
// An associated fn without self: one reference parameter decides the elided output.
struct Text;

impl Text {
    fn trimmed(s: &str) -> &str {
        s.trim()
    }
    fn keep<'a>(a: &'a str, _b: &str) -> &'a str {
        a
    }
}

fn main() {
    println!("[{}]", Text::trimmed("  spaced  "));
    println!("{}", Text::keep("kept", "dropped"));
}
