//@ compile-fail
//@ spec: 13.1, 13.3
// A generic fn may return only values of type T, and both arguments of `pick` share one T.
fn first_or_zero<T: Copy>(xs: &[T]) -> T {
    if xs.len() == 0 {
        return 0; //~ ERROR E0308
    }
    xs[0]
}

fn pick<T>(a: T, b: T, take_a: bool) -> T {
    if take_a { a } else { b }
}

fn main() {
    println!("{}", first_or_zero(&[4, 5]));
    let v = pick(1, true, false); //~ ERROR E0308
}
