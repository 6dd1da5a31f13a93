//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// A borrow of a field is in scope when the whole struct is moved.
struct Person {
    name: String,
}

fn main() {
    let p = Person { name: String::from("Ada") };
    let n = &p.name;
    println!("{}", n);
    let q = p; //~ ERROR E0505
    println!("{}", q.name);
}
