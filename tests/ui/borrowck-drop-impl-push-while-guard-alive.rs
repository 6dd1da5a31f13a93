//@ compile-fail
//@ spec: 20.14
// A Drop type holding `&Vec` keeps the shared loan alive to its drop: a push is E0502.
struct Reader<'a> { v: &'a Vec<i32> }
impl<'a> Drop for Reader<'a> {
    fn drop(&mut self) { println!("read {}", self.v.len()); }
}
fn main() {
    let mut v = vec![1];
    let r = Reader { v: &v };
    println!("{}", r.v[0]);
    v.push(2); //~ ERROR E0502
}
