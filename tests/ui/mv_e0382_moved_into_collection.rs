//@ compile-fail
//@ spec: 12.1, 17.6
// Pushing into a Vec, storing in a struct field or wrapping in Some moves the value; the
// container now owns it, so using the original name afterwards is E0382.
struct Shelf {
    book: String,
}

fn main() {
    let mut v = Vec::new();
    let title = String::from("Dune");
    v.push(title);
    println!("{}", title); //~ ERROR E0382

    let b = String::from("Emma");
    let shelf = Shelf { book: b };
    let len = b.len(); //~ ERROR E0382

    let c = String::from("Ulysses");
    let maybe = Some(c);
    let boxed = Box::new(c); //~ ERROR E0382
    println!("{} {} {:?} {}", shelf.book, len, maybe, boxed);
}
