//@ run-pass
//@ spec: 20.15
// Each alternative of an or-pattern binds `s` into its own place; the guard sees it by
// reference whichever alternative matched, and the arm then moves the String out.
fn pick(p: (Option<String>, Option<String>)) -> String {
    match p {
        (Some(s), _) | (None, Some(s)) if s.len() > 1 => s,
        (Some(s), _) | (None, Some(s)) => format!("short {}", s),
        (None, None) => String::from("none"),
    }
}
fn main() {
    println!("{}", pick((Some(String::from("ab")), None)));
    println!("{}", pick((None, Some(String::from("xyz")))));
    println!("{}", pick((None, Some(String::from("q")))));
    println!("{}", pick((None, None)));
}
