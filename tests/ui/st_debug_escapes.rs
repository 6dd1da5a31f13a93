//@ spec: 7.2, 18.2
// {:?} of strings and chars escapes quotes, backslashes and control characters but
// prints non-ASCII letters as they are; {} prints the raw text.
#[derive(Debug)]
struct Entry {
    key: String,
    note: &'static str,
    mark: char,
}

fn main() {
    let samples = [
        "plain",
        "say \"hi\"",
        "tab\there",
        "two\nlines",
        "back\\slash",
        "it's",
        "crlf\r\n",
        "nul\0byte",
        "ünïcödé λ 🦀",
        "",
    ];
    for s in samples.iter() {
        println!("{:?} has {} bytes", s, s.len());
    }
    let chars = ['a', '\'', '"', '\n', '\t', '\\', 'é', '\u{7f}'];
    for c in chars.iter() {
        print!("{:?} ", c);
    }
    println!();
    let e = Entry { key: String::from("quote\"d"), note: "a\tb", mark: '\'' };
    println!("{:?}", e);
    println!("{:#?}", e);
    let v = vec![String::from("x\ny"), String::from("é")];
    println!("{:?} / {}", v, v[0]);
    let opt: Option<&str> = Some("\"q\"");
    println!("{:?}", opt);
}
