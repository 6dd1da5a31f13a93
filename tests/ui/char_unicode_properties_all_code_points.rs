//@ run-pass
//@ spec: 18.9
//@ compile-flags: -O
// Every char method that classifies or maps, asked of every char from U+0000 to
// U+10FFFF: per property the count of chars that have it and a hash of which ones, so
// a single wrong table entry changes the output.
fn mix(h: u64, v: u32) -> u64 {
    (h ^ v as u64).wrapping_mul(0x100000001b3)
}

fn main() {
    let names = [
        "is_alphabetic", "is_numeric", "is_alphanumeric", "is_whitespace", "is_control",
        "is_lowercase", "is_uppercase", "is_ascii", "is_ascii_alphabetic", "is_ascii_digit",
        "is_ascii_alphanumeric", "is_ascii_whitespace", "is_ascii_uppercase", "is_ascii_lowercase",
        "is_ascii_punctuation", "is_ascii_graphic", "is_ascii_hexdigit", "is_ascii_control",
    ];
    let mut counts = [0u32; 18];
    let mut hashes = [0xcbf29ce484222325u64; 18];
    let mut upper_hash = 0xcbf29ce484222325u64;
    let mut lower_hash = 0xcbf29ce484222325u64;
    let mut ascii_case_hash = 0xcbf29ce484222325u64;
    let mut digit_hash = 0xcbf29ce484222325u64;
    let mut mapped = [0u32; 2];
    for code in 0..=0x10FFFFu32 {
        let c = match char::from_u32(code) {
            Some(c) => c,
            None => continue,
        };
        let props = [
            c.is_alphabetic(), c.is_numeric(), c.is_alphanumeric(), c.is_whitespace(), c.is_control(),
            c.is_lowercase(), c.is_uppercase(), c.is_ascii(), c.is_ascii_alphabetic(), c.is_ascii_digit(),
            c.is_ascii_alphanumeric(), c.is_ascii_whitespace(), c.is_ascii_uppercase(), c.is_ascii_lowercase(),
            c.is_ascii_punctuation(), c.is_ascii_graphic(), c.is_ascii_hexdigit(), c.is_ascii_control(),
        ];
        for i in 0..18 {
            if props[i] {
                counts[i] += 1;
                hashes[i] = mix(hashes[i], code);
            }
        }
        for u in c.to_uppercase() {
            if u != c {
                upper_hash = mix(mix(upper_hash, code), u as u32);
                mapped[0] += 1;
            }
        }
        for l in c.to_lowercase() {
            if l != c {
                lower_hash = mix(mix(lower_hash, code), l as u32);
                mapped[1] += 1;
            }
        }
        if c.to_ascii_uppercase() != c || c.to_ascii_lowercase() != c {
            ascii_case_hash = mix(ascii_case_hash, c.to_ascii_uppercase() as u32 ^ ((c.to_ascii_lowercase() as u32) << 8));
        }
        for radix in [2, 8, 10, 16, 36] {
            if let Some(d) = c.to_digit(radix) {
                digit_hash = mix(digit_hash, code * 64 + d);
            }
            if c.is_digit(radix) != c.to_digit(radix).is_some() {
                println!("is_digit and to_digit disagree on {:?}", c);
            }
        }
    }
    for i in 0..18 {
        println!("{:22} {:6} {:016x}", names[i], counts[i], hashes[i]);
    }
    println!("to_uppercase {} {:016x}", mapped[0], upper_hash);
    println!("to_lowercase {} {:016x}", mapped[1], lower_hash);
    println!("to_ascii_* {:016x}", ascii_case_hash);
    println!("to_digit {:016x}", digit_hash);
    println!("{} {} {}", '🦀'.is_alphabetic(), '🦀'.is_alphanumeric(), '٣'.is_numeric());
    println!("{:?} {:?} {:?}", char::from_u32(0xD800), char::from_u32(0x110000), std::char::from_digit(11, 16));
}
