//@ compile-fail
//@ spec: 9.9
fn call_twice<F: FnOnce() -> String>(f: F) -> String {
    let a = f();
    let b = f(); //~ ERROR E0382
    a + &b
}
fn main() { println!("{}", call_twice(|| String::from("x"))); }
