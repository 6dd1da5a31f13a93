//@ compile-fail
//@ spec: 12.2
// Assigning through the `&` a call returns is E0594, as for any data behind a shared
// reference.
struct Counter {
    hits: u32,
}

fn peek(cs: &Vec<Counter>) -> &Counter {
    &cs[0]
}

fn main() {
    let cs = vec![Counter { hits: 0 }];
    peek(&cs).hits = 4; //~ ERROR E0594
    peek(&cs).hits += 1; //~ ERROR E0594
    println!("{}", cs[0].hits);
}
