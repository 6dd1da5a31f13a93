//@ run-pass
//@ spec: 20.4
// Naive checker: keeps both arguments borrowed after the result of longest() is dead.
fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}
fn main() {
    let mut s1 = String::from("short");
    let mut s2 = String::from("much longer");
    let n = longest(&s1, &s2).len();
    s1.push_str(" and now longer still");
    let l = longest(&s1, &s2);
    println!("{} {}", n, l);
    s2.clear();
    println!("{:?}", s2);
}
