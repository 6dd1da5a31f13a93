//@ spec: 21.7
// Both arguments' loans flow into the result: they live while `l` is used.
fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() > b.len() { a } else { b }
}

fn main() {
    let s = String::from("hello");
    let t = String::from("hi");
    let l = longest(&s, &t);
    println!("{}", l);
}
