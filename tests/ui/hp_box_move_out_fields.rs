//@ spec: 17.1, 12.7, 12.4
// Boxes as struct fields and enum payloads: `*b` moves the value out of an owned box
// (also out of a field of a struct), a box is replaced in place through `*b = ..`, and
// drops run once for the moved-out and the still-boxed parts.
struct Page(&'static str);
impl Drop for Page {
    fn drop(&mut self) {
        println!("  drop page {}", self.0);
    }
}

struct Book {
    cover: Box<Page>,
    body: Box<Vec<Page>>,
}

enum Slot {
    Empty,
    Full(Box<Page>),
}

fn open(slot: Slot) -> Option<Page> {
    match slot {
        Slot::Empty => None,
        Slot::Full(b) => Some(*b),
    }
}

fn main() {
    let mut n = Box::new(41);
    *n += 1;
    let plain: i32 = *n;
    println!("n {} plain {}", n, plain);

    let book = Book { cover: Box::new(Page("cover")), body: Box::new(vec![Page("p1"), Page("p2")]) };
    println!("body has {} pages", book.body.len());
    let pages: Vec<Page> = *book.body;
    println!("moved body out: {} pages", pages.len());
    let cover = book.cover;
    println!("cover is {}", cover.0);
    drop(pages);
    println!("pages gone");

    let mut boxed = Box::new(Page("old"));
    *boxed = Page("new");
    println!("boxed now {}", boxed.0);
    let inner = *boxed;
    println!("unboxed {}", inner.0);

    let slots = vec![Slot::Full(Box::new(Page("s1"))), Slot::Empty, Slot::Full(Box::new(Page("s2")))];
    for s in slots {
        match open(s) {
            Some(p) => println!("opened {}", p.0),
            None => println!("empty slot"),
        }
    }
    println!("end of main");
}
