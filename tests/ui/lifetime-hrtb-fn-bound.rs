//@ run-pass
//@ spec: 19.4, 19.7
// `for<'a> Fn(&'a i32) -> ...` bounds, `Fn(&str) -> &str` sugar, and a fn pointer with
// its own elision.
fn apply<F>(f: F) -> i32
where
    F: for<'a> Fn(&'a i32) -> i32,
{
    let local = 20;
    f(&local) + f(&1)
}

fn trim_with<F: Fn(&str) -> &str>(s: &str, f: F) -> String {
    f(s).to_string()
}

fn first_char(s: &str) -> &str {
    &s[..1]
}

fn run(p: fn(&str) -> &str, s: &str) -> String {
    p(s).to_string()
}

fn main() {
    println!("{}", apply(|x| *x * 2));
    println!("{}", trim_with("  padded  ", |s| s.trim()));
    println!("{}", run(first_char, "zeta"));
}
