//@ run-pass
//@ spec: 6.4 11.10 7.3
// A Caesar cipher and character classifier using char ranges, u8 <-> char casts and arrays of char.
fn shift(c: char, k: u8) -> char {
    match c {
        'a'..='z' => (b'a' + (c as u8 - b'a' + k) % 26) as char,
        'A'..='Z' => (b'A' + (c as u8 - b'A' + k) % 26) as char,
        _ => c,
    }
}

fn class(c: char) -> &'static str {
    match c {
        'a' | 'e' | 'i' | 'o' | 'u' => "vowel",
        'a'..='z' => "consonant",
        'A'..='Z' => "upper",
        '0'..='9' => "digit",
        ' ' | '\t' | '\n' => "space",
        '\u{80}'.. => "non-ascii",
        _ => "punct",
    }
}

fn main() {
    let msg = ['H', 'e', 'l', 'l', 'o', ',', ' ', 'Z', 'u', 'r', 'i', 'c', 'h', '!', ' ', '9', 'é'];
    let mut enc = [' '; 17];
    for i in 0..msg.len() {
        enc[i] = shift(msg[i], 3);
    }
    let mut dec = enc;
    for i in 0..dec.len() {
        dec[i] = shift(dec[i], 23);
    }
    for c in enc { print!("{}", c); }
    println!();
    for c in &dec { print!("{}", c); }
    println!();
    println!("round trip: {}", dec == msg);
    let mut counts = [0u32; 6];
    let names = ["vowel", "consonant", "upper", "digit", "space", "punct"];
    for c in msg {
        let k = class(c);
        for j in 0..names.len() {
            if names[j] == k { counts[j] += 1; }
        }
        if k == "non-ascii" {
            println!("{:?} is U+{:04X}, {} as u32", c, c as u32, c as u32);
        }
    }
    for j in 0..names.len() {
        println!("{:>10}: {}", names[j], counts[j]);
    }
    println!("{:?} {:?} {:?}", 'q', '\'', '\t');
    println!("[{:^5}] [{:>3}] [{:<3}]", 'x', 'y', 'z');
    println!("{}", ('a' as u8 + 25) as char);
}
