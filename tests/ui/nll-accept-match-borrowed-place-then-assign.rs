//@ run-pass
//@ spec: 20.3
// Naive checker: keeps the bindings of a match alive after the match, rejecting the assignment.
fn main() {
    let mut opt = Some(String::from("hi"));
    let len = match &opt {
        Some(s) if s.len() > 1 => s.len(),
        Some(_) => 1,
        None => 0,
    };
    opt = None;
    println!("{} {:?}", len, opt);
}
