//@ run-pass
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2a
// Rust 2015 accepted `for i in 0..v.len() { v[i] += .. }`: the `&v` that `v.len()` takes is
// an argument, moved into the call, and its loan ends with the call; only a temporary that
// is matched in place (a `match` scrutinee) keeps its loan to the end of its scope.
fn main() {
    let mut v = vec![1, 2, 3];
    for i in 0..v.len() {
        v[i] *= 10;
    }
    let mut names = vec![String::from("a"), String::from("b")];
    for i in 0..names.len() {
        let upper = names[i].to_uppercase();
        names[i].push_str(&upper);
    }
    println!("{:?} {:?}", v, names);
}
