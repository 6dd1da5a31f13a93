//@ compile-fail
//@ spec: 12.2, 6.1
// A shared reference only lets you read: assigning through `*r`, to a field via `r.f`, or
// inside a `&self` method is E0594, even when the referent itself is a `mut` variable.
struct Meter {
    reading: u32,
    unit: char,
}

impl Meter {
    fn reset(&self) {
        self.reading = 0; //~ ERROR E0594
    }
}

fn bump(n: &i32) {
    *n += 1; //~ ERROR E0594
}

fn main() {
    let mut level = 4;
    let r = &level;
    *r = 5; //~ ERROR E0594
    let mut m = Meter { reading: 10, unit: 'k' };
    let mr = &m;
    mr.unit = 'M'; //~ ERROR E0594
    m.reset();
    bump(&level);
    println!("{} {}", level, m.reading);
}
