//@ spec: 18.1, 14.19, 11.14
// One &str parameter serves every kind of text: literals, &String (deref coercion),
// String::as_str, sub-slices, &&str from iterators and Box<String>; str methods reach through.
fn vowels(s: &str) -> usize {
    s.chars().filter(|c| "aeiouAEIOU".contains(&c.to_string()[..])).count()
}

fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if b.chars().count() > a.chars().count() { b } else { a }
}

struct Label {
    text: String,
}

impl Label {
    fn text(&self) -> &str {
        &self.text
    }
}

fn main() {
    let owned = String::from("education");
    let boxed = Box::new(String::from("sequoia"));
    let label = Label { text: String::from("queueing") };
    println!("{} {} {} {}", vowels("rhythm"), vowels(&owned), vowels(owned.as_str()), vowels(&owned[..3]));
    println!("{} {}", vowels(&boxed), vowels(label.text()));
    let words = vec!["alpha", "be", "gamma"];
    for w in words.iter() {
        println!("{:>6}: {}", w, vowels(w));
    }
    println!("{}", longest(&owned, "café au lait"));
    println!("{}", longest(label.text(), &boxed));
    let shadow: &String = &owned;
    println!("{} {} {}", shadow.len(), shadow.to_uppercase(), shadow.starts_with("edu"));
    let both = [owned.as_str(), "literal", &label.text];
    println!("{:?} {}", both, both.concat().len());
    let padded = String::from("tail \t ");
    let r: &str = &&&padded;
    println!("{}", r.trim_end_matches_count());
}

trait CountEnd {
    fn trim_end_matches_count(&self) -> usize;
}

impl CountEnd for str {
    fn trim_end_matches_count(&self) -> usize {
        self.len() - self.trim_end().len()
    }
}
