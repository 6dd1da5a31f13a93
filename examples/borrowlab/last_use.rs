//@ run-pass
//@ spec: 21.1, 21.2
// Borrow lab: a borrow ends at its last use (NLL). `first` is not used after the
// println!, so the push is fine; Rust 2015's lexical rule kept `first` borrowed to the end
// of the block and rejected the push.
//
//   patina --borrowck=compare last_use.rs   lexical: E0502 at the push; nll, polonius: accepted
fn main() {
    let mut scores = vec![90, 85, 77];
    let first = &scores[0];
    println!("the first score is {}", first);
    scores.push(60);
    let mut names = vec![String::from("ada")];
    names.push(names[0].to_uppercase()); // two-phase: the &mut of push waits for its argument
    println!("{} scores, names {:?}", scores.len(), names);
}
