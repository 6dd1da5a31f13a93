//@ compile-fail
//@ spec: 15.1, 15.3
// `apply` wants an Fn(i32) -> i32, but the closure answers a question (bool) instead.
fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn main() {
    println!("{}", apply(|x| x * 2, 5));
    println!("{}", apply(|x| x > 0, 5)); //~ ERROR E0308
}
