//@ compile-fail
//@ spec: 20.9
// Moving the whole struct while one of its fields is borrowed.
struct P { name: String, age: u32 }
fn main() {
    let p = P { name: String::from("a"), age: 3 };
    let a = &p.age;
    let q = p; //~ ERROR E0505
    println!("{} {}", a, q.name);
}
