//@ spec: 18.1, 18.4, 6.6
// ROT13 and a Vigenère cipher over Strings: u8 arithmetic on ASCII letters, case kept,
// other characters (spaces, digits, non-ASCII) passed through; decrypting restores input.
fn rot13(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'a'..='z' => (((c as u8 - b'a' + 13) % 26) + b'a') as char,
            'A'..='Z' => (((c as u8 - b'A' + 13) % 26) + b'A') as char,
            _ => c,
        })
        .collect()
}

fn vigenere(text: &str, key: &str, decrypt: bool) -> String {
    let shifts: Vec<u8> = key.chars().map(|c| c.to_ascii_lowercase() as u8 - b'a').collect();
    let mut out = String::with_capacity(text.len());
    let mut k = 0;
    for c in text.chars() {
        if c.is_ascii_alphabetic() {
            let base = if c.is_ascii_uppercase() { b'A' } else { b'a' };
            let shift = shifts[k % shifts.len()];
            let off = c as u8 - base;
            let moved = if decrypt { (off + 26 - shift) % 26 } else { (off + shift) % 26 };
            out.push((base + moved) as char);
            k += 1;
        } else {
            out.push(c);
        }
    }
    out
}

fn main() {
    let messages = ["Hello, World!", "Why did the chicken cross the road?", "Grüße 2024", ""];
    for m in messages.iter() {
        let r = rot13(m);
        println!("{:?} -> {:?} -> {:?}", m, r, rot13(&r));
    }
    let plain = String::from("Attack at Dawn");
    let keys = ["LEMON", "b", "Zz"];
    for key in keys.iter() {
        let secret = vigenere(&plain, key, false);
        let back = vigenere(&secret, key, true);
        println!("key {:<5} {} | {} | same: {}", key, secret, back, back == plain);
    }
}
