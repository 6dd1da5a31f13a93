//@ run-pass
//@ spec: 20.14
// Lexical checker rejects: `w` (a struct holding `&v`) is in scope at `v.push`.
struct View<'a> {
    data: &'a [i32],
}
impl<'a> View<'a> {
    fn total(&self) -> i32 {
        self.data.iter().sum()
    }
}
fn main() {
    let mut v = vec![1, 2, 3];
    let w = View { data: &v };
    let t = w.total();
    v.push(t);
    println!("{:?}", v);
}
