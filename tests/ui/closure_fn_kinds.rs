//@ compile-fail
//@ spec: 15.2
// A closure that writes what it captured is FnMut: not enough for an Fn bound.
fn run<F: Fn()>(f: F) {
    f();
}

fn main() {
    let mut n = 0;
    let inc = || n += 1; //~ ERROR E0525
    run(inc);
    println!("{}", n);
}
