//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// Acceptance case 28: NLL ends `first`'s loan at its last use; Rust 2015 kept it to the end
// of the block, so the push was E0502 on its own line.
fn main() {
    let mut scores = vec![10, 20, 30];
    let first = &scores[0];
    println!("first {}", first);
    scores.push(40); //~ ERROR E0502
    let total: i32 = scores.iter().sum();
    println!("total {}", total);
}
