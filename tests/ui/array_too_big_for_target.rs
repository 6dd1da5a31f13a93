//@ compile-fail
//@ spec: 11.18
fn main() {
    let fits = [0u8; 16];
    let a = [0u8; usize::MAX]; //~ ERROR values of the type `[u8;
    println!("{} {}", fits.len(), a.len());
}
