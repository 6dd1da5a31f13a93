//@ compile-fail
//@ spec: 12.11, 17.1
// Moving a String out of a Vec by indexing, out of a borrowed Box with `*`, or out of an
// Option behind a reference are all E0507: the owner keeps its element.
struct Shelf {
    books: Vec<String>,
    note: Option<String>,
}

fn first_book(s: &Shelf) -> String {
    s.books[0] //~ ERROR E0507
}

fn unbox(b: &Box<String>) -> String {
    **b //~ ERROR E0507
}

fn take_note(s: &Shelf) -> String {
    s.note.unwrap() //~ ERROR E0507
}

fn main() {
    let shelf = Shelf { books: vec![String::from("Dune")], note: None };
    let b = Box::new(String::from("x"));
    println!("{} {} {}", first_book(&shelf), unbox(&b), take_note(&shelf));
    let v = vec![String::from("y")];
    let s = v[0]; //~ ERROR E0507
    println!("{}", s);
}
