//@ compile-fail
//@ spec: 6.2
// Arithmetic that mixes integer types without `as`: each mismatch is E0308 at
// the right operand plus E0277 at the operator.
struct Stats {
    count: u32,
    sum: i64,
}

fn average(s: &Stats) -> i64 {
    s.sum / s.count //~ ERROR E0308
    //~^ ERROR E0277
}

fn main() {
    let a: u8 = 200;
    let b: u16 = 1000;
    let c = a + b; //~ ERROR E0308
    //~^ ERROR E0277
    let len: usize = 4;
    let off: i32 = 1;
    let d = len - off; //~ ERROR E0308
    //~^ ERROR E0277
    let mut total: u64 = 0;
    total += a; //~ ERROR E0308
    //~^ ERROR E0277
}
