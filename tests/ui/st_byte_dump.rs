//@ spec: 18.1, 18.4, 6.6
// Text seen as bytes: bytes() and as_bytes() expose the UTF-8 encoding, so a hex dump
// shows multi-byte characters, and ASCII-only transforms can work byte by byte.
fn hex_dump(s: &str) {
    let bytes = s.as_bytes();
    let mut offset = 0;
    for chunk in bytes.chunks(8) {
        let mut hex = String::new();
        let mut ascii = String::new();
        for b in chunk {
            hex += &format!("{:02x} ", b);
            ascii.push(if (*b >= 0x20 && *b < 0x7f) { *b as char } else { '.' });
        }
        println!("{:04x}: {:<24} |{}|", offset, hex, ascii);
        offset += chunk.len();
    }
}

fn checksum(s: &str) -> u32 {
    s.bytes().fold(0u32, |acc, b| acc.wrapping_mul(31).wrapping_add(b as u32))
}

fn main() {
    hex_dump("Hi é λ 🦀!\n\tok");
    for s in ["", "a", "abc", "é", "e\u{301}"].iter() {
        println!("{:?}: bytes {:?}, checksum {}", s, s.as_bytes(), checksum(s));
    }
    let ascii = "Hello World";
    let flipped: String = ascii
        .bytes()
        .map(|b| match b {
            b'a'..=b'z' => (b - 32) as char,
            b'A'..=b'Z' => (b + 32) as char,
            _ => b as char,
        })
        .collect();
    println!("{}", flipped);
    let count_high = "naïve café".bytes().filter(|b| *b >= 0x80).count();
    println!("{} bytes above 0x7f", count_high);
    let from_bytes: String = [82u8, 117, 115, 116].iter().map(|&b| b as char).collect();
    println!("{} {}", from_bytes, from_bytes.len());
    let first = "über".as_bytes()[0];
    println!("{} {:08b} {:#x}", first, first, first);
}
