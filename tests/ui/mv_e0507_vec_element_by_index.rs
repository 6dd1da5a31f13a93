//@ compile-fail
//@ spec: 12.11, 17.7
// Indexing a Vec gives a place inside the Vec's buffer: binding it by value, passing it to
// a by-value parameter or matching it by value moves out of borrowed content (E0507).
// Borrowing it or Copy elements are fine.
fn shout(s: String) -> String {
    s.to_uppercase()
}

fn main() {
    let words = vec![String::from("one"), String::from("two")];
    let first = words[0]; //~ ERROR E0507
    let loud = shout(words[1]); //~ ERROR E0507
    let ok = &words[0];
    let lens = vec![3, 4];
    let n = lens[0];
    let opts = vec![Some(String::from("p"))];
    let inner = match opts[0] { //~ ERROR E0507
        Some(s) => s,
        None => String::new(),
    };
    println!("{} {} {} {} {}", first, loud, ok, n, inner);
}
