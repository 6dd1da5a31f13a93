//@ spec: 11.14, 18.1, 18.4
// Byte offsets versus characters: slicing &str at boundaries found with char_indices and
// a boundary test, so multi-byte letters (é, ü, Greek, emoji) are never cut in half.
fn first_n_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

fn boundary(s: &str, i: usize) -> bool {
    i == s.len() || s.char_indices().any(|(j, _)| j == i)
}

fn main() {
    let words = ["hello", "café", "Grüße", "λόγος", "hi🦀!"];
    for w in words.iter() {
        println!("{:?}: {} bytes, {} chars, first 3 = {:?}", w, w.len(), w.chars().count(), first_n_chars(w, 3));
    }
    let s = "aé🦀z";
    for i in 0..=s.len() {
        print!("{}", if boundary(s, i) { 'B' } else { '.' });
    }
    println!();
    for (i, c) in s.char_indices() {
        let end = i + c.len_utf8();
        println!("{} at {}..{} = {:?} ({} bytes)", c, i, end, &s[i..end], c.len_utf8());
    }
    let greek = "αβγδε";
    println!("{} {} {}", &greek[2..6], &greek[..2], &greek[8..]);
    let owned = String::from("naïve café");
    let space = owned.find(" ").unwrap();
    let (left, right) = (&owned.as_str()[..space], &owned.as_str()[space + 1..]);
    println!("[{}] [{}] {}", left, right, left.len() + right.len() + 1 == owned.len());
    let last: Vec<char> = owned.chars().rev().take(4).collect();
    println!("{:?}", last);
}
