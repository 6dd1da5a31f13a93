//@ compile-fail
//@ spec: 9.9
fn run<F: FnMut() -> i32>(mut f: F) -> i32 {
    let r = &f;
    let x = f(); //~ ERROR E0502
    let _keep = r;
    x
}
fn main() { let mut n = 0; println!("{}", run(|| { n += 1; n })); }
