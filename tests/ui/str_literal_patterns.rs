//@ spec: 11.10
// String literals as patterns compare the text; &&str coerces to &str.
fn code(s: &str) -> i32 {
    match s { "one" => 1, "two" => 2, "" => -1, _ => 0 }
}
fn main() {
    for w in ["one", "two", "three", ""].iter() { print!("{} ", code(w)); }
    let pair = ("k", 3);
    match pair { ("k", n) => println!("k {}", n), (_, _) => println!("other") }
    let r = &&"two";
    if let &&"two" = r { println!("deep"); }
    match Some("x") { Some("x") => println!("some x"), Some(_) | None => println!("no") }
}
