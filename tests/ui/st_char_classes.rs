//@ spec: 18.4, 11.10
// Classifies every char of mixed text (ASCII, accented Latin, Greek): letters, digits,
// whitespace and the rest, and checks that byte counts add up from len_utf8.
struct Stats {
    letters: usize,
    digits: usize,
    spaces: usize,
    other: usize,
    upper: usize,
    bytes: usize,
    digit_sum: u32,
}

fn classify(text: &str) -> Stats {
    let mut st = Stats { letters: 0, digits: 0, spaces: 0, other: 0, upper: 0, bytes: 0, digit_sum: 0 };
    for c in text.chars() {
        st.bytes += c.len_utf8();
        if c.is_ascii_digit() {
            st.digits += 1;
            st.digit_sum += c.to_digit(10).unwrap();
        } else if c.is_alphabetic() {
            st.letters += 1;
            if c.is_ascii_uppercase() {
                st.upper += 1;
            }
        } else if c.is_whitespace() {
            st.spaces += 1;
        } else {
            st.other += 1;
        }
    }
    st
}

fn main() {
    let samples = ["Hello, World 42!", "Año 2024: ¿qué tal?", "Ωμέγα 3\tβ", "crabs: x7 #1 (ok)", "   ", "0xFF"];
    for s in samples.iter() {
        let st = classify(s);
        println!("{:<22} L{:>2} D{} S{} O{} U{} digitsum {:>2} bytes {:>2}={}", format!("{:?}", s), st.letters, st.digits, st.spaces, st.other, st.upper, st.digit_sum, st.bytes, s.len());
    }
    let hex: Vec<u32> = "0aF9zG".chars().map(|c| c.to_digit(16).unwrap_or(99)).collect();
    println!("{:?}", hex);
    let initials: String = "portable assembly tool in native assembly".split_whitespace().map(|w| w.chars().next().unwrap().to_ascii_uppercase()).collect();
    println!("{}", initials);
    let codes: Vec<u32> = "aé€🦀".chars().map(|c| c as u32).collect();
    println!("{:?} {:x?}", codes, codes);
}
