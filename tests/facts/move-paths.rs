//@ run-pass
//@ spec: 21.9
// A field moved out of a struct: move paths for the user variables and the moved field.
struct Pair {
    a: Vec<i32>,
    b: Vec<i32>,
}

fn main() {
    let p = Pair { a: Vec::new(), b: Vec::new() };
    let s = p.a;
    let _n = s.len() + p.b.len();
}
