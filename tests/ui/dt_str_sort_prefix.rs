//@ run-pass
//@ spec: 11.14 11.7 11.8
// Sorting an array of &str byte-wise, finding common prefixes with str slicing, and string lengths.
fn common_prefix_len(a: &str, b: &str) -> usize {
    let n = if a.len() < b.len() { a.len() } else { b.len() };
    let mut i = 0;
    while i < n && &a[i..i + 1] == &b[i..i + 1] {
        i += 1;
    }
    i
}

fn starts(s: &str, p: &str) -> bool {
    s.len() >= p.len() && &s[..p.len()] == p
}

fn sort(words: &mut [&str]) {
    for i in 1..words.len() {
        let mut j = i;
        while j > 0 && words[j] < words[j - 1] {
            let t = words[j];
            words[j] = words[j - 1];
            words[j - 1] = t;
            j -= 1;
        }
    }
}

fn main() {
    let mut words = ["banana", "band", "Apple", "bandana", "apple", "ban", "", "zebra", "Zulu"];
    sort(&mut words);
    println!("{:?}", words);
    let mut i = 1;
    while i < words.len() {
        let (a, b) = (words[i - 1], words[i]);
        let k = common_prefix_len(a, b);
        println!("{:>9} ~ {:<9} share {:?}", a, b, &a[..k]);
        i += 1;
    }
    let mut count = 0;
    for w in words {
        if starts(w, "ban") { count += 1; }
    }
    println!("{} words start with \"ban\"", count);
    let longest = {
        let mut best = words[0];
        for w in &words { if w.len() > best.len() { best = *w; } }
        best
    };
    println!("longest: {} ({} bytes, empty? {})", longest, longest.len(), longest.is_empty());
    println!("{} {} {}", "abc" < "abd", "abc" < "ab", "" < "a");
    println!("{} {}", words[0].is_empty(), "€uro".len());
}
