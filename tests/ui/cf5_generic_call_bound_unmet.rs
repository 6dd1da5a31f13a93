//@ compile-fail
//@ spec: 14.3
// The generic fns need their bounds from every caller: Meters is not Copy, floats are not Ord
// nor Eq, and a struct without derive(PartialEq) cannot be searched for.
#[derive(Debug)]
struct Meters(f64);

fn duplicate<T: Copy>(x: T) -> (T, T) {
    (x, x)
}

fn max_of<T: Ord>(a: T, b: T) -> T {
    if a > b { a } else { b }
}

fn contains<T: PartialEq>(xs: &[T], x: &T) -> bool {
    for i in 0..xs.len() {
        if xs[i] == *x {
            return true;
        }
    }
    false
}

fn main() {
    let d = duplicate(Meters(2.0)); //~ ERROR E0277
    let m = max_of(1.5, 2.5); //~ ERROR E0277
    let items = [Meters(1.0), Meters(2.0)];
    let found = contains(&items, &Meters(1.0)); //~ ERROR E0277
    println!("{:?} {} {}", d, m, found);
}
