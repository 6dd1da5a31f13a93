//@ spec: 18.1, 18.4, 7.3
// Greedy word wrapping: lines are built from words without exceeding a width measured
// in characters (not bytes), then justified left, right and centered with format!.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut current = String::new();
    let mut current_chars = 0;
    for word in text.split_whitespace() {
        let n = word.chars().count();
        if current_chars > 0 && current_chars + 1 + n > width {
            lines.push(current);
            current = String::new();
            current_chars = 0;
        }
        if current_chars > 0 {
            current.push(' ');
            current_chars += 1;
        }
        current.push_str(word);
        current_chars += n;
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}

fn main() {
    let text = "Ownership is Rust’s most unique feature, and it enables Rust to make memory safety guarantees without needing a garbage collector — café déjà vu.";
    for width in [16, 24].iter() {
        println!("width {}:", width);
        for line in wrap(text, *width) {
            println!("|{:<w$}|{:>w$}|", line, line, w = *width);
        }
    }
    for line in wrap("a bb ccc dddd", 5).iter() {
        println!("[{:^7}] {} chars {} bytes", line, line.chars().count(), line.len());
    }
    let long = wrap("supercalifragilistic word", 6);
    println!("{:?}", long);
    println!("{:?}", wrap("   ", 10));
}
