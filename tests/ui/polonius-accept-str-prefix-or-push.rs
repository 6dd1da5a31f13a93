//@ run-pass
//@ compile-flags: --borrowck=polonius
//@ spec: 21.3
// NLL rejects, polonius accepts. A &str borrowed from the String and returned on one path is dead
// on the path that pushes.
fn shout(s: &mut String) -> &str {
    let t = s.as_str();
    if t.ends_with('!') {
        return t;
    }
    s.push('!');
    s.as_str()
}

fn main() {
    let mut a = String::from("hey!");
    let mut b = String::from("hello");
    println!("{}", shout(&mut a));
    println!("{}", shout(&mut b));
}
