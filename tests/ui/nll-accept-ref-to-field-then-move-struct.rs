//@ run-pass
//@ spec: 20.9
// A reference to a field is last used before the whole struct is moved away.
// Lexical checker rejects: the field borrow is still in scope at the move.
struct Doc { title: String, pages: u32 }
fn consume(d: Doc) -> u32 { d.pages }
fn main() {
    let d = Doc { title: String::from("notes"), pages: 12 };
    let t = &d.title;
    println!("title {}", t);
    let p = consume(d);
    println!("pages {}", p);
}
