//@ compile-fail
//@ spec: 20.9
// Moving an `Option<String>` while an `Option<&mut String>` from as_mut is live.
fn main() {
    let mut o = Some(String::from("a"));
    let m = o.as_mut();
    let moved = o; //~ ERROR E0505
    if let Some(s) = m { s.push('b'); }
    println!("{:?}", moved);
}
