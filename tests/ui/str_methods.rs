//@ spec: 18.4
// The str methods teaching programs use, on literals and on Strings.
fn main() {
    let text = "  The quick brown fox\njumps over\r\nthe lazy dog  ";
    let words: Vec<&str> = text.split_whitespace().collect();
    println!("{} words, first {:?} last {:?}", words.len(), words.first(), words.last());
    for (i, line) in text.lines().enumerate() {
        println!("{}: [{}]", i, line.trim());
    }
    let s = String::from("Hello, Wörld");
    println!("{} {} {}", s.contains("Wö"), s.starts_with("Hell"), s.ends_with("rld"));
    println!("{:?} {:?}", s.find("l"), s.find("zz"));
    println!("{} | {}", s.to_lowercase(), s.to_uppercase());
    println!("{}", s.replace("l", "L"));
    println!("{}", "ab".repeat(3));
    let chars: Vec<char> = s.chars().collect();
    println!("{} chars, {} bytes, reversed: {}", chars.len(), s.len(), s.chars().rev().collect::<Vec<char>>().len());
    for (i, c) in "añb".char_indices() {
        print!("{}:{} ", i, c);
    }
    println!();
    let total: u32 = "a1b2c3".chars().filter(|c| c.is_ascii_digit()).map(|c| c.to_digit(10).unwrap()).sum();
    println!("digits sum {}", total);
    let bytes: Vec<u8> = "AZ".bytes().collect();
    println!("{:?} {:?}", bytes, "hi".as_bytes());
    println!("[{}] [{}] [{}]", "  pad  ".trim_start(), "  pad  ".trim_end(), "\tx\n".trim());
}
