//@ run-pass
//@ check-ir
//@ exit-code: 6
//@ spec: 9.7, 19.8
// A string literal's constant is a `&'static str` (printed with its type); the locals
// that hold it are renumbered like any reference (`&'?N str`), whether written `&str` or
// `&'static str`, and so is a `&&str` (two positions).
fn pick(flag: bool) -> &'static str {
    if flag { "yes" } else { "no" }
}

fn main() {
    let a: &'static str = "lit";
    let b = pick(a.len() == 3);
    let r = &b;
    std::process::exit(r.len() as i32 + a.len() as i32);
}
