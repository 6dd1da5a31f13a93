//@ run-pass
//@ spec: 19.3
// `&self` and `&mut self`: the output borrows from self, even with other reference
// parameters (which alone would make the output ambiguous).
struct Library {
    books: Vec<String>,
}

impl Library {
    fn find(&self, prefix: &str) -> &str {
        for b in &self.books {
            if b.starts_with(prefix) {
                return b;
            }
        }
        "none"
    }
    fn last_mut(&mut self, _hint: &str) -> &mut String {
        let n = self.books.len();
        &mut self.books[n - 1]
    }
    fn all(&self, _other: &Library) -> &Vec<String> {
        &self.books
    }
}

fn main() {
    let mut lib = Library { books: vec![String::from("Dune"), String::from("Emma")] };
    println!("{}", lib.find("E"));
    println!("{}", lib.find("X"));
    lib.last_mut("x").push_str("!");
    let other = Library { books: Vec::new() };
    println!("{:?}", lib.all(&other));
}
