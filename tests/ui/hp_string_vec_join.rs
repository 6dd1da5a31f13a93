//@ spec: 17.10, 18.1, 18.3, 17.9
// Building sentences from Vec<String> and Vec<&str>: join with separators, concat,
// collect into a String, and moving Strings out with into_iter while the Vec<&str>
// only borrows.
fn title_case(w: &str) -> String {
    let mut cs = w.chars();
    match cs.next() {
        Some(f) => {
            let mut s = String::new();
            s.push(f.to_ascii_uppercase());
            for c in cs {
                s.push(c);
            }
            s
        }
        None => String::new(),
    }
}

fn main() {
    let text = "the quick brown fox jumps over the lazy dog";
    let words: Vec<&str> = text.split_whitespace().collect();
    println!("{} words; joined with '-': {}", words.len(), words.join("-"));
    let titled: Vec<String> = words.iter().map(|w| title_case(w)).collect();
    println!("{}", titled.join(" "));
    println!("concat: {}", words[..3].concat());
    let empty: Vec<String> = Vec::new();
    println!("empty join: [{}]", empty.join(", "));
    let single = vec![String::from("only")];
    println!("single join: [{}]", single.join(", "));
    let mut long_ones = Vec::new();
    for w in titled.into_iter() {
        if w.len() > 4 {
            long_ones.push(w);
        }
    }
    println!("long: {:?}", long_ones);
    let initials: String = words.iter().map(|w| w.chars().next().unwrap()).collect();
    println!("initials: {}", initials);
    let csv_rows = vec![vec!["id", "name"], vec!["1", "ada"], vec!["2", "bob"]];
    let csv: Vec<String> = csv_rows.iter().map(|r| r.join(",")).collect();
    println!("{}", csv.join("\n"));
    let mut sentence: Vec<&str> = text.split(" ").collect();
    sentence.truncate(4);
    sentence.push("...");
    println!("{}", sentence.join(" "));
}
