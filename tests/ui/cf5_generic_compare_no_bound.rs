//@ compile-fail
//@ spec: 13.3, 14.3
// `largest` compares two T values, but T has no PartialOrd bound, so `>` is unknown for it.
fn largest<T: Copy>(xs: &[T]) -> T {
    let mut best = xs[0];
    for i in 1..xs.len() {
        if xs[i] > best { //~ ERROR E0369
            best = xs[i];
        }
    }
    best
}

fn main() {
    let nums = [3, 9, 4];
    println!("{}", largest(&nums));
}
