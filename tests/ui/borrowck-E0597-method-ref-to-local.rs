//@ compile-fail
//@ spec: 20.11
// A `&self` method's result borrows the receiver, a local that dies first.
struct W { v: Vec<i32> }
impl W { fn first(&self) -> &i32 { &self.v[0] } }
fn main() {
    let r;
    {
        let w = W { v: vec![4] };
        r = w.first(); //~ ERROR E0597
    }
    println!("{}", r);
}
