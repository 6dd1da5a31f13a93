//@ run-pass
//@ check-ir
//@ spec: 9.12
// A deref coercion is typeck's adjustments on the argument, not nodes around it: `&String`
// passed for `&str` lowers as `deref(&(*r))` (Deref::deref of the String r points to, the
// reference it returns passed on), and `&&str` passed for `&str` reads `(*rr)`.
fn count(s: &str) -> usize {
    s.len()
}

fn main() {
    let owned = String::from("abc");
    let r = &owned;
    let n = count(r);
    let word = "de";
    let rr = &word;
    let m = count(rr);
    println!("{} {}", n, m);
}
