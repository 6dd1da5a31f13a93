//@ compile-fail
//@ spec: 12.10
// A type with a destructor needs all of itself when it dies: its fields cannot be moved
// out, by a field access or by destructuring.
struct Name(&'static str);
impl Drop for Name {
    fn drop(&mut self) {}
}

struct Badge {
    name: Name,
    number: u32,
}
impl Drop for Badge {
    fn drop(&mut self) {
        println!("badge {} returned", self.number);
    }
}

fn main() {
    let b = Badge { name: Name("ada"), number: 1 };
    let number = b.number;
    let name = b.name; //~ ERROR E0509
    println!("{} {}", number, name.0);
    let c = Badge { name: Name("bob"), number: 2 };
    let Badge { name: other, .. } = c; //~ ERROR E0509
    println!("{}", other.0);
}
