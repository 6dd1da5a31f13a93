//@ compile-fail
//@ spec: 11.18
// The error names the innermost type that is too big (rustc lays the parts out first).
fn main() {
    let b: Option<[u16; 4611686018427387904]> = None; //~ ERROR values of the type `[u16; 4611686018427387904]` are too big
    println!("{}", b.is_none());
}
