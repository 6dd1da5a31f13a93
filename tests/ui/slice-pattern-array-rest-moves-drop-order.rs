//@ run-pass
//@ spec: 20.2
// A by-value `rest @ ..` of an array moves its elements; the elements no binding takes
// are dropped at the end of the array's scope, in order.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn main() {
    let arr = [D("a"), D("b"), D("c"), D("d"), D("e")];
    {
        let [first, rest @ .., _, _] = arr;
        println!("first {} rest {}", first.0, rest.len());
    }
    println!("end of inner scope");
    let pair = [D("x"), D("y")];
    let [all @ ..] = pair;
    println!("moved {}", all.len());
}
