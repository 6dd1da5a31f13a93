//@ compile-fail
//@ spec: 20.13
// A by-value capture cannot move a field out of a type with a destructor: the closure
// takes the whole value, and its other field is gone too.
struct G {
    name: String,
    id: u32,
}
impl Drop for G {
    fn drop(&mut self) {
        println!("drop {}", self.id);
    }
}
fn main() {
    let g = G { name: String::from("g"), id: 1 };
    let c = move || g.name.len();
    println!("{}", c());
    println!("{}", g.id); //~ ERROR E0382
}
