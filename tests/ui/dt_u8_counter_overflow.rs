//@ run-fail
//@ spec: 6.8 11.3
// A u8 hit counter stored in a struct overflows when incremented past 255 in a method.
#[derive(Debug)]
struct Counter {
    label: char,
    hits: u8,
}

impl Counter {
    fn bump(&mut self, by: u8) {
        self.hits += by;
    }
}

fn main() {
    let mut c = Counter { label: 'k', hits: 200 };
    let steps = [20u8, 30, 5, 1];
    for s in steps {
        c.bump(s);
        println!("{:?}", c);
    }
}
