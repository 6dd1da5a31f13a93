//@ run-pass
//@ spec: 19.3
// One input lifetime: the elided output lifetime is the input's, for references, slices
// and a struct path without its lifetime argument.
struct Word<'a> {
    text: &'a str,
}

fn first_word(s: &str) -> &str {
    match s.find(' ') {
        Some(i) => &s[..i],
        None => s,
    }
}

fn largest(v: &[i32]) -> &i32 {
    let mut best = &v[0];
    for x in v {
        if *x > *best {
            best = x;
        }
    }
    best
}

fn word_of(w: Word) -> &str {
    w.text
}

fn main() {
    println!("{}", first_word("hello brave world"));
    println!("{}", first_word("single"));
    println!("{}", largest(&[3, 9, 2, 7]));
    println!("{}", word_of(Word { text: "inside" }));
}
