//@ spec: 18.4
// to_uppercase/to_lowercase change more than ASCII: Latin accents, Greek and Cyrillic
// map too, ß grows to SS (so byte lengths change), while digits and symbols stay.
fn show(s: &str) {
    let up = s.to_uppercase();
    let low = s.to_lowercase();
    println!("{:<12} up {:<14} low {:<12} bytes {}/{}/{}", s, up, low, s.len(), up.len(), low.len());
}

fn same_ignoring_case(a: &str, b: &str) -> bool {
    a.to_lowercase() == b.to_lowercase()
}

fn main() {
    for s in ["hello", "Straße", "ÀÉÎÕÜ", "αβγ Δ", "Москва", "mixed 123 !?", "ÿ", ""].iter() {
        show(s);
    }
    println!("{} {} {}", same_ignoring_case("GRÜN", "grün"), same_ignoring_case("Ελλάδα", "ΕΛΛΆΔΑ"), same_ignoring_case("a", "b"));
    let ascii_up: String = "héllo".chars().map(|c| c.to_ascii_uppercase()).collect();
    println!("{} vs {}", ascii_up, "héllo".to_uppercase());
    let shouted = String::from("quiet").to_uppercase() + "!";
    println!("{}", shouted);
    let mut counts = [0; 3];
    for c in "Hello WORLD ok".chars() {
        if c.is_ascii_uppercase() {
            counts[0] += 1;
        } else if c.is_ascii_lowercase() {
            counts[1] += 1;
        } else {
            counts[2] += 1;
        }
    }
    println!("upper {} lower {} other {}", counts[0], counts[1], counts[2]);
}
