//@ compile-fail
//@ spec: 11.3
// Reaching through nested structs and references for fields that are one
// level off: a field of the outer struct asked of the inner one, a field
// asked of an enum, and a field of a method's result.
struct Address {
    street: u32,
    zip: u32,
}

struct Person {
    age: u8,
    home: Address,
}

enum Status {
    Active { since: u32 },
    Gone,
}

impl Person {
    fn address(&self) -> &Address {
        &self.home
    }
}

fn main() {
    let p = Person { age: 30, home: Address { street: 1, zip: 9 } };
    let a = p.home.age; //~ ERROR E0609
    let b = p.zip; //~ ERROR E0609
    let r = &&p;
    let c = r.home.city; //~ ERROR E0609
    let d = p.address().age; //~ ERROR E0609
    let s = Status::Active { since: 3 };
    let e = s.since; //~ ERROR E0609
}
