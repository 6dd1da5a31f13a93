//@ compile-fail
//@ spec: 21.4, 21.4b
// A `&str` borrowed from a String that is then dropped (E0505). Under
// `--borrowck=off -Z sanitizer=address` the string's bytes are freed; reading the first
// one through the slice is a heap-use-after-free at the line of the index.
fn main() {
    let s = String::from("hello");
    let r: &str = &s;
    drop(s); //~ ERROR E0505
    let first = r.as_bytes()[0]; // asan: heap-use-after-free
    println!("{}", first);
}
