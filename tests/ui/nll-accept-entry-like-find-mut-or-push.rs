//@ run-pass
//@ spec: 20.3
// Lexical checker rejects: `found` holds a `&mut` into `list` to the end of the fn, past the push.
struct Counter {
    name: String,
    n: u32,
}
fn bump(list: &mut Vec<Counter>, name: &str) {
    let found = list.iter_mut().find(|c| c.name == name);
    if let Some(c) = found {
        c.n += 1;
        return;
    }
    list.push(Counter { name: name.to_string(), n: 1 });
}
fn main() {
    let mut list = Vec::new();
    for w in ["x", "y", "x", "x", "z"] {
        bump(&mut list, w);
    }
    for c in &list {
        print!("{}={} ", c.name, c.n);
    }
    println!();
}
