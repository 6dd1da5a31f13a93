//@ compile-fail
//@ spec: 21.3
// The NLL twin of polonius-accept-nested-if-return: NLL keeps the returned loan live on every path.
fn tagged<'a>(v: &'a mut Vec<String>, tag: &str) -> &'a mut String {
    if !v.is_empty() {
        let last = v.last_mut().unwrap();
        if last.starts_with(tag) {
            return last;
        }
    }
    v.push(tag.to_string()); //~ ERROR E0499
    v.last_mut().unwrap() //~ ERROR E0499
}

fn main() {
    let mut v = vec![String::from("a1")];
    tagged(&mut v, "a").push('x');
    tagged(&mut v, "b").push('y');
    println!("{:?}", v);
}
