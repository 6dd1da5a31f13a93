//@ compile-fail
//@ spec: 12.2, 17.6
// A `&mut self` method call borrows its receiver mutably, so the receiver must be a `mut`
// binding or reached through `&mut`: Vec::push, sort, String::push_str and a user's own
// method on an element visited by `for c in &v` all fail otherwise.
struct Counter {
    hits: u32,
}

impl Counter {
    fn bump(&mut self) {
        self.hits += 1;
    }
}

fn main() {
    let v = Vec::new();
    v.push(3); //~ ERROR E0596
    let nums = vec![3, 1, 2];
    nums.sort(); //~ ERROR E0596
    let s = String::from("a");
    s.push_str("b"); //~ ERROR E0596
    let mut counters = vec![Counter { hits: 0 }, Counter { hits: 1 }];
    for c in &counters {
        c.bump(); //~ ERROR E0596
    }
    for c in &mut counters {
        c.bump();
    }
    println!("{:?} {:?} {} {}", v, nums, s, counters[1].hits);
}
