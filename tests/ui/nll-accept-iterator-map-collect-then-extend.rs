//@ run-pass
//@ spec: 20.3
// An iterator adaptor stored in a variable is collected, then the source is extended.
// Lexical checker rejects: `it` holds a borrow of v until the end of main.
fn main() {
    let mut v = vec![1, 2, 3];
    let it = v.iter().map(|x| x * 100);
    let doubled: Vec<i32> = it.collect();
    v.extend(doubled);
    println!("{:?}", v);
}
