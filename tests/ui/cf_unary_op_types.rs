//@ compile-fail
//@ spec: 6.2
// Unary operators on types that do not support them: negating unsigned
// integers, chars, bools and structs, and `!` on floats, strs and structs.
struct Money {
    cents: i64,
}

fn main() {
    let count: usize = 3;
    let a = -count; //~ ERROR E0600
    let c = 'x';
    let b = -c; //~ ERROR E0600
    let d = -true; //~ ERROR E0600
    let m = Money { cents: 5 };
    let e = -m; //~ ERROR E0600
    let f = !1.5; //~ ERROR E0600
    let g = !"yes"; //~ ERROR E0600
    let m2 = Money { cents: 1 };
    let h = !m2; //~ ERROR E0600
}
