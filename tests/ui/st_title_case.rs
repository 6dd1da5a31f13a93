//@ spec: 18.1, 18.4
// Title-casing, snake_case and camelCase conversions built char by char with push and
// push_str, including upper/lowercasing of non-ASCII letters.
fn title_case(s: &str) -> String {
    let mut out = String::new();
    for (i, word) in s.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let mut cs = word.chars();
        if let Some(first) = cs.next() {
            out.push_str(&first.to_string().to_uppercase());
            let rest: String = cs.collect();
            out.push_str(&rest.to_lowercase());
        }
    }
    out
}

fn to_snake(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 4);
    for (i, c) in s.chars().enumerate() {
        if c.is_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

fn to_camel(s: &str) -> String {
    let mut out = String::new();
    let mut upper_next = false;
    for c in s.chars() {
        if c == '_' {
            upper_next = true;
        } else if upper_next {
            out.push(c.to_ascii_uppercase());
            upper_next = false;
        } else {
            out.push(c);
        }
    }
    out
}

fn main() {
    for s in ["the quick  brown fox", "hELLO wORLD", "élan vital", "über alles", "ωμέγα αλφα", "x"].iter() {
        println!("{:?} -> {:?}", s, title_case(s));
    }
    for s in ["parseHttpRequest", "HTMLParser", "simple", "aB"].iter() {
        let snake = to_snake(s);
        let back = to_camel(&snake);
        println!("{} -> {} -> {}", s, snake, back);
    }
    println!("{} {}", "straße".to_uppercase(), "ΣΟΦΙΑ".to_lowercase());
}
