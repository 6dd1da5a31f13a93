//@ run-pass
//@ spec: 20.13
// A closure looking up an element is called once; its captured borrow then dies.
// Lexical checker rejects: `lookup` holds a borrow of words until it leaves scope.
fn main() {
    let mut words = vec![String::from("x"), String::from("yy")];
    let lookup = |i: usize| words[i].len();
    let total = lookup(0) + lookup(1);
    words.push("z".repeat(total));
    println!("{:?}", words);
}
