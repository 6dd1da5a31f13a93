//@ run-pass
//@ check-ir
//@ spec: 9.4
// Temporaries die at the end of their statement (a String built for a call), the
// tail expression's at the end of the enclosing statement, and a `let` extends the one
// it borrows to the end of the block; the unwind edges only drop, as rustc's do.
fn shout(s: &str) -> usize {
    s.len() * 2
}

fn main() {
    let n = shout(&String::from("hey"));
    let kept = &String::from("kept");
    let m = { let t = String::from("tail"); t.len() } + n;
    println!("{} {} {}", n, kept, m);
}
