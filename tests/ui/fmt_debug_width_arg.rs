//@ spec: 7.3
// A width taken from an argument applies to every leaf of a derived Debug.
#[derive(Debug)]
struct D { a: i32, b: (u8, bool) }
fn main() {
    println!("[{:>1$?}]", D { a: 1, b: (2, true) }, 5);
    println!("[{:>5?}]", D { a: 1, b: (2, true) });
    println!("[{:>w$?}]", [1, 2], w = 3);
}
