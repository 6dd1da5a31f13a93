//@ compile-fail
//@ spec: 20.13
// A method's returned closure may borrow self (`+ '_`) but not its by-value argument.
struct Base { n: i32 }
impl Base {
    fn adder(&self, k: i32) -> impl Fn(i32) -> i32 + '_ {
        |x| x + self.n + k //~ ERROR E0373
    }
}
fn main() {
    let b = Base { n: 1 };
    println!("{}", b.adder(2)(3));
}
