//@ compile-fail
//@ spec: 19.3, 19.5
struct Span<'a> {
    text: &'a str,
}
fn join(a: &str, b: &str) -> Span { //~ ERROR E0106
    Span { text: a }
}

fn main() {}
