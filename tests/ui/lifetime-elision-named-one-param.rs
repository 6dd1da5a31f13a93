//@ run-pass
//@ spec: 19.3
// One parameter with one named lifetime (also `'static`, also mentioned twice in it) gives
// that lifetime to the elided output.
fn head<'a>(s: &'a str) -> &str {
    &s[..1]
}

fn from_static(s: &'static str) -> &str {
    s
}

fn pair_first<'a>(p: (&'a str, &'a str)) -> &str {
    p.0
}

fn main() {
    println!("{}", head("rust"));
    println!("{}", from_static("literal"));
    println!("{}", pair_first(("one", "two")));
}
