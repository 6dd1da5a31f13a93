//@ compile-fail
//@ spec: 12.2
struct Counter {
    n: u32,
}

impl Counter {
    fn bump(&mut self) {
        self.n += 1;
    }
}

fn main() {
    let c = Counter { n: 0 };
    c.bump(); //~ ERROR E0596
    let x = 5;
    let r = &mut x; //~ ERROR E0596
    *r += 1;
    let e = Counter { n: 3 };
    e.n = 4; //~ ERROR E0594
}
