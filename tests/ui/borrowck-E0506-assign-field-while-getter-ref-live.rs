//@ compile-fail
//@ spec: 20.8
// A `&self` getter borrows all of `s`: assigning another field while its result lives.
struct S {
    name: String,
    count: u32,
}
impl S {
    fn name(&self) -> &String {
        &self.name
    }
}
fn main() {
    let mut s = S { name: String::from("n"), count: 0 };
    let n = s.name();
    s.count = 3; //~ ERROR E0506
    println!("{} {}", n, s.count);
}
