//@ compile-fail
//@ spec: 21.3
// The NLL twin of polonius-accept-str-prefix-or-push: NLL keeps the returned loan live on every
// path.
fn shout(s: &mut String) -> &str {
    let t = s.as_str();
    if t.ends_with('!') {
        return t;
    }
    s.push('!'); //~ ERROR E0502
    s.as_str()
}

fn main() {
    let mut a = String::from("hey!");
    let mut b = String::from("hello");
    println!("{}", shout(&mut a));
    println!("{}", shout(&mut b));
}
