//@ compile-fail
//@ spec: 20.13
// A closure borrowing a local passed where `F: 'static` is required: E0373 with the
// note that the function requires the argument type to outlive 'static.
fn run<F: FnOnce() -> usize + 'static>(f: F) -> usize {
    f()
}
fn go() -> usize {
    let v = vec![1, 2, 3];
    run(|| v.len()) //~ ERROR E0373
}
fn main() {
    println!("{}", go());
}
