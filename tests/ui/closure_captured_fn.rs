//@ compile-fail
//@ spec: 15.2
// A closure written for an Fn parameter may not assign to what it captured.
fn run<F: Fn()>(f: F) {
    f();
}

fn main() {
    let mut n = 0;
    run(|| n += 1); //~ ERROR E0594
    println!("{}", n);
}
