//@ run-pass
//@ spec: 20.3
// Naive checker: rejects taking a new &mut after shadowing the name that held the first one.
fn main() {
    let mut text = String::from("ab");
    let t = &mut text;
    t.push('c');
    let t = &mut text;
    t.push('d');
    let t = text.len();
    text.push_str(&t.to_string());
    println!("{}", text);
}
