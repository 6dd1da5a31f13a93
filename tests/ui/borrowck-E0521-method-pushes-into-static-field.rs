//@ compile-fail
//@ spec: 20.12
// A method pushes its borrowed parameter into a `Vec<&'static str>` field: the data
// escapes the method.
struct Names { all: Vec<&'static str> }
impl Names {
    fn add(&mut self, s: &str) {
        self.all.push(s); //~ ERROR E0521
    }
}
fn main() {
    let mut n = Names { all: Vec::new() };
    n.add("a");
    println!("{:?}", n.all);
}
