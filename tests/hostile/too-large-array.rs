// An array too big for the target.
//@ hostile-exit: 1
//@ hostile-first-line: error: values of the type `[u8; 4611686018427387904]` are too big for the target architecture
//@ hostile-pending: h2 (array length expressions such as `1 << 62`)
fn main() {
    let a = [0u8; 1 << 62];
    println!("{}", a.len());
}
