//@ run-pass
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// A reference returned to the caller borrows the caller's data: fine when the caller is
// done with it before mutating.
fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}

fn main() {
    let mut x = String::from("apple");
    let y = String::from("fig");
    let n = {
        let l = longest(&x, &y);
        l.len()
    };
    x.push_str("s");
    println!("{} {}", n, x);
}
