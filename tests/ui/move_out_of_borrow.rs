//@ compile-fail
//@ spec: 12.11
// A value behind a reference, or inside an array or a Vec, cannot be moved out: its owner
// would be left with a hole.
struct Person {
    name: String,
    age: u32,
}

fn name_of(p: &Person) -> String {
    p.name //~ ERROR E0507
}

fn first(v: &Vec<String>) -> String {
    let s = v[0]; //~ ERROR E0507
    s
}

fn main() {
    let p = Person { name: String::from("ada"), age: 36 };
    println!("{} {}", name_of(&p), p.age);
    let names = [String::from("x"), String::from("y")];
    let x = names[1]; //~ ERROR E0508
    println!("{} {}", x, first(&vec![String::new()]));
}
