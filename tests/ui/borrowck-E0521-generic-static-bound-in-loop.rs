//@ compile-fail
//@ spec: 20.12
// Each element of a borrowed slice passed where `T: 'static` is required.
fn keep<T: 'static + std::fmt::Debug>(t: T) -> String { format!("{:?}", t) }
fn show_all(xs: &[i32]) -> usize {
    let mut n = 0;
    for x in xs {
        n += keep(x).len(); //~ ERROR E0521
    }
    n
}
fn main() {
    println!("{}", show_all(&[1, 22]));
}
