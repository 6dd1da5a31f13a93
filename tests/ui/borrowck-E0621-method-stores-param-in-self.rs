//@ compile-fail
//@ spec: 20.12
// A method stores `s: &str` (elided, anonymous) into `Vec<&'a str>`: rustc asks for `'a`.
struct Cache<'a> { items: Vec<&'a str> }
impl<'a> Cache<'a> {
    fn add(&mut self, s: &str) {
        self.items.push(s); //~ ERROR E0621
    }
}
fn main() {
    let mut c = Cache { items: Vec::new() };
    c.add("x");
    println!("{:?}", c.items);
}
