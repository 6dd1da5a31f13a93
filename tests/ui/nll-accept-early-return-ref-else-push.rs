//@ run-pass
//@ spec: 20.17
// Returns a reference found by a search, otherwise pushes and returns the new element.
// Lexical checker rejects: the search borrow is considered live on the push path too.
fn find_or_add(v: &mut Vec<i32>, want: i32) -> &i32 {
    if let Some(i) = v.iter().position(|x| *x == want) {
        return &v[i];
    }
    v.push(want);
    v.last().unwrap()
}
fn main() {
    let mut v = vec![1, 2];
    println!("{}", find_or_add(&mut v, 2));
    println!("{}", find_or_add(&mut v, 7));
    println!("{:?}", v);
}
