//@ compile-fail
//@ spec: 12.10, 12.4
// A type with a Drop impl must stay whole for its destructor: moving a field out of it
// (by field access or by destructuring) is E0509; mem::take of a field leaves it whole.
struct Lock {
    name: String,
    held: Vec<u32>,
}

impl Drop for Lock {
    fn drop(&mut self) {
        println!("unlock {}", self.name);
    }
}

fn name_of(l: Lock) -> String {
    l.name //~ ERROR E0509
}

fn main() {
    let a = Lock { name: String::from("a"), held: vec![1] };
    let Lock { name, held } = a; //~ ERROR E0509
    println!("{} {:?}", name, held);
    let b = Lock { name: String::from("b"), held: Vec::new() };
    println!("{}", name_of(b));
    let mut c = Lock { name: String::from("c"), held: vec![2] };
    let ids = std::mem::take(&mut c.held);
    println!("{:?}", ids);
    drop(c);
}
