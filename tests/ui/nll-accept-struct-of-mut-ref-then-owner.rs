//@ run-pass
//@ spec: 20.14
// Lexical checker rejects: `c` (holding `&mut v`) is in scope at `v.push`; it has no Drop impl, so NLL lets it die.
struct Ctx<'a> {
    out: &'a mut Vec<i32>,
}
fn main() {
    let mut v = Vec::new();
    let c = Ctx { out: &mut v };
    c.out.push(1);
    c.out.push(2);
    v.push(3);
    println!("{:?}", v);
}
