//@ spec: 18.4, 16.1
// Palindrome checks three ways (reversed String, two char iterators, a Vec<char> with
// indices), ignoring case and punctuation, including non-ASCII letters.
fn normalized(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).collect::<String>().to_lowercase()
}

fn by_reverse(s: &str) -> bool {
    let n = normalized(s);
    let r: String = n.chars().rev().collect();
    n == r
}

fn by_iterators(s: &str) -> bool {
    let n = normalized(s);
    n.chars().zip(n.chars().rev()).all(|(a, b)| a == b)
}

fn by_indices(s: &str) -> bool {
    let v: Vec<char> = normalized(s).chars().collect();
    if v.is_empty() {
        return true;
    }
    let (mut i, mut j) = (0, v.len() - 1);
    while i < j {
        if v[i] != v[j] {
            return false;
        }
        i += 1;
        j -= 1;
    }
    true
}

fn main() {
    let samples = [
        "A man, a plan, a canal: Panama",
        "racecar",
        "hello",
        "",
        "Was it a car or a cat I saw?",
        "ésé",
        "Ésé",
        "No 'x' in Nixon",
        "abca",
    ];
    for s in samples.iter() {
        let a = by_reverse(s);
        let b = by_iterators(s);
        let c = by_indices(s);
        println!("{:<32} {} {} {} ({} chars normalized)", format!("{:?}", s), a, b, c, normalized(s).chars().count());
    }
}
