//@ compile-fail
//@ spec: 11.2
// Struct literals naming fields that do not exist, or leaving some out.
struct Book {
    title: &'static str,
    pages: u32,
    year: u16,
}

struct Color(u8, u8, u8);

fn make(t: &'static str) -> Book {
    Book { title: t, pages: 100 } //~ ERROR E0063
}

fn main() {
    let a = Book { title: "A", pages: 10, year: 2000, author: "B" }; //~ ERROR E0560
    let b = Book { titel: "B", pages: 20, year: 2001 }; //~ ERROR E0560
    let c = Book { pages: 5 }; //~ ERROR E0063
    let d = Color { 0: 1, 1: 2 }; //~ ERROR E0063
}
