//@ run-pass
//@ spec: 19.1, 19.5
// A borrowing struct inside another, with the lifetime passed along.
struct Name<'a> {
    first: &'a str,
}

struct Card<'a> {
    name: Name<'a>,
    age: u8,
}

impl<'a> Card<'a> {
    fn first(&self) -> &'a str {
        self.name.first
    }
}

fn main() {
    let s = String::from("Ada");
    let c = Card { name: Name { first: &s }, age: 36 };
    println!("{} {}", c.first(), c.age);
}
