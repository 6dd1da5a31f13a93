//@ run-pass
//@ compile-flags: --borrowck=polonius
//@ spec: 21.3
// NLL rejects, polonius accepts. A loan returned from a nested if is not live on the fall-through
// path.
fn tagged<'a>(v: &'a mut Vec<String>, tag: &str) -> &'a mut String {
    if !v.is_empty() {
        let last = v.last_mut().unwrap();
        if last.starts_with(tag) {
            return last;
        }
    }
    v.push(tag.to_string());
    v.last_mut().unwrap()
}

fn main() {
    let mut v = vec![String::from("a1")];
    tagged(&mut v, "a").push('x');
    tagged(&mut v, "b").push('y');
    println!("{:?}", v);
}
