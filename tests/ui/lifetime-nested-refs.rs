//@ run-pass
//@ spec: 19.3
// References to references and a named lifetime on the inner one.
fn inner<'a>(r: &&'a str) -> &'a str {
    *r
}

fn deref_twice(r: &&i32) -> i32 {
    **r
}

fn main() {
    let s = "nested";
    let rr = &s;
    println!("{}", inner(rr));
    let n = 4;
    println!("{}", deref_twice(&&n));
}
