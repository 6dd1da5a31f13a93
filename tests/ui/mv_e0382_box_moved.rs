//@ compile-fail
//@ spec: 17.1, 12.1
// A Box is an owner like any other: moving the Box moves its contents, and moving the
// contents out with `*b` leaves the Box itself unusable.
#[derive(Debug)]
struct Tree {
    name: String,
}

fn plant(t: Box<Tree>) -> usize {
    t.name.len()
}

fn main() {
    let b = Box::new(Tree { name: String::from("oak") });
    let n = plant(b);
    println!("{} {}", n, b.name); //~ ERROR E0382
    let c = Box::new(Tree { name: String::from("elm") });
    let inner = *c;
    println!("{:?} {:?}", inner, c); //~ ERROR E0382
    let d = Box::new(String::from("fir"));
    let e = d;
    let len = d.len(); //~ ERROR E0382
    println!("{} {}", e, len);
}
