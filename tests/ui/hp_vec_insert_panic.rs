//@ run-fail
//@ spec: 17.6
// Vec::insert past the end panics with rustc's message at the caller's line; the
// valid inserts before it (including at index len) take effect and print.
fn main() {
    let mut line: Vec<char> = vec!['a', 'c'];
    line.insert(1, 'b');
    line.insert(3, 'd');
    println!("{:?}", line);
    let at = line.len() + 2;
    line.insert(at, 'z');
    println!("unreachable {:?}", line);
}
