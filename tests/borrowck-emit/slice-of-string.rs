//@ spec: 21.7
// A slice of a String is a loan of it: the String cannot change while the slice is used.
fn main() {
    let mut text = String::from("borrow");
    let head = &text[0..3];
    println!("{}", head);
    text.push('s');
    println!("{}", text);
}
