//@ run-pass
//@ spec: 19.1, 19.3
// The classic `longest`: one named lifetime for both inputs and the output.
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() >= y.len() { x } else { y }
}

fn main() {
    let a = String::from("a long string");
    let result;
    {
        let b = String::from("short");
        result = longest(a.as_str(), b.as_str()).len();
    }
    println!("{}", result);
    println!("{}", longest("ab", "abc"));
    println!("{}", longest("same", "size"));
}
