//@ run-fail
//@ spec: 11.14, 8.1, 18.1
// Truncating to a byte budget works for ASCII but a budget that lands inside a
// multi-byte character makes the slice panic with rustc's "not a char boundary" message.
fn clip(s: &str, max_bytes: usize) -> &str {
    if s.len() <= max_bytes {
        s
    } else {
        &s[2..max_bytes]
    }
}

fn main() {
    let names = [String::from("**plain ascii"), String::from("**ok"), String::from("**Ωmega🦀tail")];
    for n in names.iter() {
        println!("{:?} -> {:?}", n, clip(n, 10));
    }
}
