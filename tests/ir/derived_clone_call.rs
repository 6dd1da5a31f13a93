//@ run-pass
//@ check-ir
//@ spec: 9.8
// A derived Clone is one generated body, `<Named as Clone>::clone(&Named) -> Named`: the
// String field is cloned by its own impl, the u8 copied; `.clone()` borrows and calls it.
#[derive(Clone)]
struct Named {
    name: String,
    age: u8,
}

fn main() {
    let a = Named { name: String::from("ann"), age: 7 };
    let b = a.clone();
    println!("{}", b.age + a.age);
}
