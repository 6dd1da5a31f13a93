//@ compile-fail
//@ spec: 9.9
fn run<F: FnMut()>(f: F) {
    f(); //~ ERROR E0596
}
fn main() { let mut n = 0; run(|| n += 1); println!("{}", n); }
