// Builds a Vec<String> of a million formatted strings, several times, and sums lengths:
// the allocator, format! and Vec growth under load.
fn main() {
    let mut total = 0usize;
    for round in 0..5 {
        let mut names: Vec<String> = Vec::new();
        for i in 0..1_000_000 {
            let mut s = String::from("item-");
            s.push_str(&(i * round).to_string());
            names.push(s);
        }
        for n in &names {
            total += n.len();
        }
    }
    println!("{}", total);
}
