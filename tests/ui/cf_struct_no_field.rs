//@ compile-fail
//@ spec: 11.3
// Reading fields that a struct does not have: a misspelled name, a tuple
// index on a named struct, a field of a tuple struct out of range, and a
// field of a plain integer.
struct Rect {
    width: u32,
    height: u32,
}

struct Meters(f64);

fn main() {
    let r = Rect { width: 3, height: 4 };
    let a = r.widht; //~ ERROR E0609
    let b = r.0; //~ ERROR E0609
    let m = Meters(2.5);
    let c = m.1; //~ ERROR E0609
    let rr = &r;
    let d = rr.area; //~ ERROR E0609
    let n = 5u32;
    let e = n.value; //~ ERROR E0610
}
