//@ compile-fail
//@ spec: 20.9
// Moving a field out while a reference to that field is live.
struct P { name: String, age: u32 }
fn main() {
    let p = P { name: String::from("a"), age: 3 };
    let n = &p.name;
    let moved = p.name; //~ ERROR E0505
    println!("{} {} {}", n, moved, p.age);
}
