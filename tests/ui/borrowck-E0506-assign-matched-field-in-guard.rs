//@ compile-fail
//@ spec: 20.15
// Assigning the field that is matched on, inside a guard: rustc reports E0506 against the
// guard's fake borrow (E0510 is for the scrutinee place itself).
struct S { tag: Option<u8>, n: u8 }
fn main() {
    let mut s = S { tag: Some(1), n: 0 };
    match s.tag {
        Some(t) if { s.tag = None; t > 0 } => s.n = t, //~ ERROR E0506
        _ => s.n = 9,
    }
    println!("{}", s.n);
}
