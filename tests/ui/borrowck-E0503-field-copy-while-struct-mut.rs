//@ compile-fail
//@ spec: 20.10
// Reading a field of a struct that is mutably borrowed as a whole.
struct C { hits: u32, misses: u32 }
fn main() {
    let mut c = C { hits: 1, misses: 2 };
    let whole = &mut c;
    let h = c.hits; //~ ERROR E0503
    whole.misses += h;
    println!("{}", c.misses);
}
