//@ compile-fail
//@ spec: 12.10, 12.4
// A type with a destructor must be whole when it is dropped, so its fields cannot be moved
// out one by one: field moves, destructuring `let`s and by-value match bindings are E0509.
struct Guard {
    name: String,
    id: u32,
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("release {}", self.id);
    }
}

fn main() {
    let g = Guard { name: String::from("a"), id: 1 };
    let n = g.name; //~ ERROR E0509
    let h = Guard { name: String::from("b"), id: 2 };
    let Guard { name, id } = h; //~ ERROR E0509
    let k = Guard { name: String::from("c"), id: 3 };
    match k { //~ ERROR E0509
        Guard { name: s, .. } => println!("{}", s),
    }
    let m = Guard { name: String::from("d"), id: 4 };
    let copy_id = m.id;
    let borrowed = &m.name;
    println!("{} {} {} {} {}", n, name, id, copy_id, borrowed);
}
