//@ spec: 18.4
// char::to_uppercase/to_lowercase give rustc's iterator of one to three chars; the u8 ASCII
// methods; is_uppercase/is_lowercase past ASCII; final sigma in str::to_lowercase.
fn main() {
    println!("{:?} {} {}", 'ß'.to_uppercase().next(), 'ß'.to_uppercase(), 'é'.to_uppercase().to_string());
    let up: String = 'ŉ'.to_uppercase().collect();
    println!("{} {}", up, 'İ'.to_lowercase().count());
    for c in 'ﬃ'.to_uppercase() {
        print!("[{}]", c);
    }
    println!();
    let mut shout = String::new();
    for c in "grüße".chars() {
        for u in c.to_uppercase() {
            shout.push(u);
        }
    }
    println!("{}", shout);
    println!("{} {} {} {}", 'A'.is_ascii_graphic(), ' '.is_ascii_graphic(), 'f'.is_ascii_hexdigit(), '\n'.is_ascii_control());
    for c in ['É', 'é', 'ß', 'ǅ', 'Σ', 'ς', '1', 'ж', 'Ж'] {
        print!("{}:{}{} ", c, c.is_uppercase() as u8, c.is_lowercase() as u8);
    }
    println!();
    let b = b'q';
    println!("{} {} {} {}", b.is_ascii_digit(), b.is_ascii_alphabetic(), b.is_ascii_lowercase(), b.to_ascii_uppercase() as char);
    println!("{} {} {}", b'7'.is_ascii_digit(), b' '.is_ascii_whitespace(), b'Z'.to_ascii_lowercase());
    let digits = "a1b2".bytes().filter(|b| b.is_ascii_digit()).count();
    println!("{} {}", digits, 'a'.eq_ignore_ascii_case(&'A'));
    for w in ["ΟΔΟΣ ΆΣΤΥ", "ΣΑΣ", "Σ", "ΑΣ.", "ΑΣ'Α", "ΑΣ1", "Ὀδυσσεύς ΟΔΥΣΣΕΎΣ"] {
        println!("{} -> {}", w, w.to_lowercase());
    }
}
