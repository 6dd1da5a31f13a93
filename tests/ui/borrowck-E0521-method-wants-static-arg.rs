//@ compile-fail
//@ spec: 20.12
// A method that takes `&'static str` is given a borrowed parameter.
struct Reg { names: Vec<&'static str> }
impl Reg {
    fn add(&mut self, s: &'static str) { self.names.push(s); }
}
fn register(r: &mut Reg, s: &str) {
    r.add(s); //~ ERROR E0521
}
fn main() {
    let mut r = Reg { names: Vec::new() };
    register(&mut r, "a");
    println!("{:?}", r.names);
}
