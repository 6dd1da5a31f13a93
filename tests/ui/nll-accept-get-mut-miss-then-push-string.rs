//@ run-pass
//@ spec: 20.3
// get_mut returns None on one path, and that path pushes to the same Vec.
// Lexical checker rejects: the if-let scrutinee borrow covers the else branch.
fn bump(v: &mut Vec<String>, i: usize) {
    if let Some(s) = v.get_mut(i) {
        s.push('!');
    } else {
        v.push(format!("new{}", i));
    }
}
fn main() {
    let mut v = vec![String::from("a")];
    bump(&mut v, 0);
    bump(&mut v, 4);
    bump(&mut v, 1);
    println!("{:?}", v);
}
