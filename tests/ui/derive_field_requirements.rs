//@ compile-fail
//@ spec: 14.15
// A derive needs each field's type to have the trait; Copy also by hand.
struct Name {
    id: u32,
}

#[derive(Clone, Copy)]
struct Holder { //~ ERROR E0204
    n: Name, //~ ERROR E0277
    k: u8,
}

#[derive(Clone)]
struct Other {
    n: Name, //~ ERROR E0277
}
impl Copy for Other {} //~ ERROR E0204

#[derive(Debug, PartialEq)]
enum Shape {
    Named(Name), //~ ERROR E0277
    //~^ ERROR E0369
    Plain { side: u32 },
}

#[derive(Clone, Copy, Debug, PartialEq)]
struct Fine<T> {
    value: T,
    tag: (u8, char),
}

fn main() {
    let f = Fine { value: 1.5, tag: (1, 'x') };
    println!("{:?}", f);
}
