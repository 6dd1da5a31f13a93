//@ compile-fail
//@ spec: 13.3
// A generic body is checked once, for every T: T might not be Copy, even if every caller's is.
fn dup<T>(x: T) -> (T, T) {
    (x, x) //~ ERROR E0382
}

fn main() {
    println!("{:?}", dup(3));
}
