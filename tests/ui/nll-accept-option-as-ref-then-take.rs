//@ run-pass
//@ spec: 20.3
// Lexical checker rejects: `peek` (an `Option<&String>` into `slot`) is in scope at `slot.take()`.
fn main() {
    let mut slot = Some(String::from("xyz"));
    let peek = slot.as_ref();
    let len = match peek {
        Some(s) => s.len(),
        None => 0,
    };
    let taken = slot.take();
    println!("{} {:?} {:?}", len, taken, slot);
}
