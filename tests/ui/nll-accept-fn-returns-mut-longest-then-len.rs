//@ run-pass
//@ spec: 20.4
// Lexical checker rejects: `l` holds a `&mut` into `names` while `names.len()` is called.
fn longest(v: &mut Vec<String>) -> &mut String {
    let mut best = 0;
    for i in 1..v.len() {
        if v[i].len() > v[best].len() {
            best = i;
        }
    }
    &mut v[best]
}
fn main() {
    let mut names = vec![String::from("ann"), String::from("bernard"), String::from("cy")];
    let l = longest(&mut names);
    l.push('!');
    println!("{} names, {:?}", names.len(), names);
}
