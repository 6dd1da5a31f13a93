//@ compile-fail
//@ subset-limit: rustc accepts this; Patina reports the missing feature once, not its consequences
//@ spec: 15.1
// Calling a `dyn Fn` trait object is named as unsupported, not a false E0618.
fn main() {
    let fs: Vec<Box<dyn Fn(i32) -> i32>> = vec![Box::new(|x| x + 1)];
    let results: Vec<i32> = fs.iter().map(|f| f(3)).collect(); //~ ERROR calling a `dyn Fn` trait object is not supported
    println!("{:?}", results);
}
