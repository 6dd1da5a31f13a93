//@ compile-fail
//@ spec: 20.15
// The guard's view of `n` points into `s.tag`; assigning `s` (a prefix) is E0506.
struct S {
    tag: Option<u8>,
}
fn main() {
    let mut s = S { tag: Some(2) };
    match s.tag {
        Some(n) if { s = S { tag: None }; n > 1 } => println!("{}", n), //~ ERROR E0506
        _ => println!("other"),
    }
}
