//@ run-pass
//@ spec: 20.5
// A match on a reference to an Option: one arm reads through it, another arm assigns.
// Lexical checker rejects: the scrutinee borrow covers the whole match including the assign.
fn main() {
    let mut slot: Option<i32> = None;
    for i in 0..3 {
        match &slot {
            Some(n) => println!("have {}", n),
            None => slot = Some(i * 10),
        }
    }
    println!("{:?}", slot);
}
