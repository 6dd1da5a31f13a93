// An array too big for the target.
//@ hostile-exit: 1
//@ hostile-first-line: error: values of the type `[u8; 4611686018427387904]` are too big for the target architecture
fn main() {
    let a = [0u8; 4611686018427387904];
    println!("{}", a.len());
}
