//@ compile-fail
//@ spec: 13.3, 14.8
// Adding T values needs an `Add<Output = T>` bound; `+=` on T needs AddAssign.
fn add3<T>(a: T, b: T, c: T) -> T {
    a + b + c //~ ERROR E0369
}

fn total<T: Copy>(xs: &[T], start: T) -> T {
    let mut acc = start;
    for i in 0..xs.len() {
        acc += xs[i]; //~ ERROR E0368
    }
    acc
}

fn main() {
    println!("{}", add3(1, 2, 3));
    println!("{}", total(&[1, 2, 3], 0));
}
