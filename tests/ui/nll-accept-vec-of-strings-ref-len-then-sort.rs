//@ run-pass
//@ spec: 20.3
// The longest String is found by reference and its length copied before sort takes &mut.
// Lexical checker rejects: `longest` borrows words for the rest of main.
fn main() {
    let mut words = vec![String::from("pear"), String::from("fig"), String::from("banana")];
    let longest = words.iter().max_by_key(|w| w.len()).unwrap();
    let n = longest.len();
    println!("longest {} ({})", longest, n);
    words.sort();
    println!("{:?}", words);
}
