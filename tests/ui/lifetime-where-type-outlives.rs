//@ run-pass
//@ spec: 19.7
// `where T: 'a` and a lifetime bound among trait bounds.
use std::fmt::Display;

struct Labeled<'a, T> {
    label: &'a str,
    value: &'a T,
}

fn show<'a, T>(l: &Labeled<'a, T>) -> String
where
    T: Display + 'a,
{
    format!("{}={}", l.label, l.value)
}

fn main() {
    let v = 3.5;
    let l = Labeled { label: "pi-ish", value: &v };
    println!("{}", show(&l));
}
